'Typed errors of ENS (ens), generated from its API reference pages.'

from __future__ import annotations

import re as _re
from contextlib import AbstractContextManager as _ContextManager

from ..errkb_runtime import errors as _rt


class EnsError(_rt.ApiError):
    'Base class of every ENS API error; catch it to catch them all.'

    product = 'ens'


class ErrkbMissingParameter(EnsError):
    'A required request parameter is missing. (Not from the documents.)'

    code = 'errkb.MissingParameter'
    documented = False
    statuses = (400,)
    messages = ('A required request parameter is missing.',)


class ErrkbInvalidType(EnsError):
    'A request parameter has a value of the wrong type. (Not from the documents.)'

    code = 'errkb.InvalidType'
    documented = False
    statuses = (400,)
    messages = ('A request parameter has a value of the wrong type.',)


class ErrkbInvalidValue(EnsError):
    'A request parameter breaks a documented rule the page gives no error code for. (Not from the documents.)'

    code = 'errkb.InvalidValue'
    documented = False
    statuses = (400,)
    messages = ('A request parameter breaks a documented rule the page gives no error code for.',)


class ErrkbUnknownParameter(EnsError):
    'The request holds a parameter the operation does not document. (Not from the documents.)'

    code = 'errkb.UnknownParameter'
    documented = False
    statuses = (400,)
    messages = ('The request holds a parameter the operation does not document.',)


class AccountAliyunAccountFrozen(EnsError):
    'Error code AccountAliyunAccountFrozen.\n\nHTTP status: 400.\n\nMessage: Alibaba Cloud account is frozen.\n\nDescription: Alibaba Cloud account is frozen.\n\nDocumented for: CreateSnapshot.'

    code = 'AccountAliyunAccountFrozen'
    statuses = (400,)
    messages = ('Alibaba Cloud account is frozen.',)
    descriptions = ('Alibaba Cloud account is frozen.',)
    operations = ('CreateSnapshot',)


class AccountAliyunAccountNotExist(EnsError):
    'Error code AccountAliyunAccountNotExist.\n\nHTTP status: 400.\n\nMessage: Alibaba Cloud account does not exist.\n\nDescription: Alibaba Cloud account does not exist.\n\nDocumented for: CreateSnapshot.'

    code = 'AccountAliyunAccountNotExist'
    statuses = (400,)
    messages = ('Alibaba Cloud account does not exist.',)
    descriptions = ('Alibaba Cloud account does not exist.',)
    operations = ('CreateSnapshot',)


class AuthRamAuthFailed(EnsError):
    'Error code AuthRamAuthFailed.\n\nHTTP status: 400.\n\nMessage: ram sub-account authentication failed.\n\nDescription: RAM sub-account authentication failed.\n\nDocumented for: CreateSnapshot.'

    code = 'AuthRamAuthFailed'
    statuses = (400,)
    messages = ('ram sub-account authentication failed.',)
    descriptions = ('RAM sub-account authentication failed.',)
    operations = ('CreateSnapshot',)


class BasicInfoUncompleted(EnsError):
    'Error code BasicInfoUncompleted.\n\nHTTP status: 400.\n\nMessage: You have not completed your basic personal information. Please complete the information and re-operate it.\n\nDescription: You have not completed your basic personal information. Please complete the information and re-operate it.\n\nDocumented for: CreateSnapshot.'

    code = 'BasicInfoUncompleted'
    statuses = (400,)
    messages = ('You have not completed your basic personal information. Please complete the information and re-operate it.',)
    descriptions = ('You have not completed your basic personal information. Please complete the information and re-operate it.',)
    operations = ('CreateSnapshot',)


class CommodityInvalidComponent(EnsError):
    'Error code CommodityInvalidComponent.\n\nHTTP status: 400.\n\nMessage: The module you purchased is illegal, please re-select.\n\nDescription: The module you purchased is illegal, please re-select.\n\nDocumented for: CreateSnapshot.'

    code = 'CommodityInvalidComponent'
    statuses = (400,)
    messages = ('The module you purchased is illegal, please re-select.',)
    descriptions = ('The module you purchased is illegal, please re-select.',)
    operations = ('CreateSnapshot',)


class CommodityInvalidItemCode(EnsError):
    'Error code CommodityInvalidItemCode.\n\nHTTP status: 400.\n\nMessage: Specification code illegal.\n\nDescription: Specification code illegal.\n\nDocumented for: CreateSnapshot.'

    code = 'CommodityInvalidItemCode'
    statuses = (400,)
    messages = ('Specification code illegal.',)
    descriptions = ('Specification code illegal.',)
    operations = ('CreateSnapshot',)


class InvalidParameterField(_rt.PatternError, EnsError):
    'Error code InvalidParameter.%s.\n\nHTTP status: 400.\n\nMessage: The specified field %s invalid. Please check it again.\n\nDocumented for: CreateSnapshot.'

    template = 'InvalidParameter.%s'
    statuses = (400,)
    messages = ('The specified field %s invalid. Please check it again.',)
    descriptions = ('-',)
    operations = ('CreateSnapshot',)
    pattern = _re.compile('^InvalidParameter\\.(?P<p0>[^\\s]+)\\Z')
    placeholders = ('%s',)


class NoPermission(EnsError):
    'Error code NoPermission.\n\nHTTP status: 400.\n\nMessage: Permission denied.\n\nDocumented for: CreateSnapshot.'

    code = 'NoPermission'
    statuses = (400,)
    messages = ('Permission denied.',)
    descriptions = ('-',)
    operations = ('CreateSnapshot',)


class OrderAbnormalResourceStatusForRenew(EnsError):
    'Error code OrderAbnormalResourceStatusForRenew.\n\nHTTP status: 400.\n\nMessage: Invalid resource status for renewal.\n\nDescription: Invalid resource status for renewal.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderAbnormalResourceStatusForRenew'
    statuses = (400,)
    messages = ('Invalid resource status for renewal.',)
    descriptions = ('Invalid resource status for renewal.',)
    operations = ('CreateSnapshot',)


class OrderAccountStatusIllegal(EnsError):
    'Error code OrderAccountStatusIllegal.\n\nHTTP status: 400.\n\nMessage: Illegal account status.\n\nDescription: Illegal account status.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderAccountStatusIllegal'
    statuses = (400,)
    messages = ('Illegal account status.',)
    descriptions = ('Illegal account status.',)
    operations = ('CreateSnapshot',)


class OrderArrearage(EnsError):
    'Error code OrderArrearage.\n\nHTTP status: 400.\n\nMessage: User Arrears.\n\nDescription: User Arrears.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderArrearage'
    statuses = (400,)
    messages = ('User Arrears.',)
    descriptions = ('User Arrears.',)
    operations = ('CreateSnapshot',)


class OrderBidUserOrderForbidden(EnsError):
    'Error code OrderBidUserOrderForbidden.\n\nHTTP status: 400.\n\nMessage: Bid users cannot buy on the official website.\n\nDescription: Bid users cannot buy on the official website.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderBidUserOrderForbidden'
    statuses = (400,)
    messages = ('Bid users cannot buy on the official website.',)
    descriptions = ('Bid users cannot buy on the official website.',)
    operations = ('CreateSnapshot',)


class OrderCaptureFailed(EnsError):
    'Error code OrderCaptureFailed.\n\nHTTP status: 400.\n\nMessage: The paid order of the instance has not been deducted successfully.\n\nDescription: The paid order of the instance has not been deducted successfully.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderCaptureFailed'
    statuses = (400,)
    messages = ('The paid order of the instance has not been deducted successfully.',)
    descriptions = ('The paid order of the instance has not been deducted successfully.',)
    operations = ('CreateSnapshot',)


class OrderExistsReleasedInstances(EnsError):
    'Error code OrderExistsReleasedInstances.\n\nHTTP status: 400.\n\nMessage: There are already released instances.\n\nDescription: There are already released instances.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderExistsReleasedInstances'
    statuses = (400,)
    messages = ('There are already released instances.',)
    descriptions = ('There are already released instances.',)
    operations = ('CreateSnapshot',)


class OrderFailed(EnsError):
    'Error code OrderFailed.\n\nHTTP status: 400.\n\nMessage: Order failed, please try again.\n\nDescription: Order failed, please try again\n\nDocumented for: CreateSnapshot.'

    code = 'OrderFailed'
    statuses = (400,)
    messages = ('Order failed, please try again.',)
    descriptions = ('Order failed, please try again',)
    operations = ('CreateSnapshot',)


class OrderGroupOrderSizeOverflow(EnsError):
    'Error code OrderGroupOrderSizeOverflow.\n\nHTTP status: 400.\n\nMessage: The quantity of bound combined payment order exceeds the limit.\n\nDescription: The quantity of bound combined payment order exceeds the limit.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderGroupOrderSizeOverflow'
    statuses = (400,)
    messages = ('The quantity of bound combined payment order exceeds the limit.',)
    descriptions = ('The quantity of bound combined payment order exceeds the limit.',)
    operations = ('CreateSnapshot',)


class OrderHomeCurrencyCanNotDowngrade(EnsError):
    'Error code OrderHomeCurrencyCanNotDowngrade.\n\nHTTP status: 400.\n\nMessage: Users in current currency cannot downgrade.\n\nDescription: Users in current currency cannot downgrade.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderHomeCurrencyCanNotDowngrade'
    statuses = (400,)
    messages = ('Users in current currency cannot downgrade.',)
    descriptions = ('Users in current currency cannot downgrade.',)
    operations = ('CreateSnapshot',)


class OrderHomeCurrencyCanNotUpgradeByValueTransfer(EnsError):
    'Error code OrderHomeCurrencyCanNotUpgradeByValueTransfer.\n\nHTTP status: 400.\n\nMessage: Users of current currency cannot upgrade through residual value transfer.\n\nDescription: Users of current currency cannot upgrade through residual value transfer.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderHomeCurrencyCanNotUpgradeByValueTransfer'
    statuses = (400,)
    messages = ('Users of current currency cannot upgrade through residual value transfer.',)
    descriptions = ('Users of current currency cannot upgrade through residual value transfer.',)
    operations = ('CreateSnapshot',)


class OrderInstHasUnpaidOrder(EnsError):
    'Error code OrderInstHasUnpaidOrder.\n\nHTTP status: 400.\n\nMessage: The instance has an unpaid order.\n\nDescription: The instance has an unpaid order.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderInstHasUnpaidOrder'
    statuses = (400,)
    messages = ('The instance has an unpaid order.',)
    descriptions = ('The instance has an unpaid order.',)
    operations = ('CreateSnapshot',)


class OrderInstHasUnsettledBills(EnsError):
    'Error code OrderInstHasUnsettledBills.\n\nHTTP status: 400.\n\nMessage: The instance has an unsettled bill.\n\nDescription: The instance has an unsettled bill.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderInstHasUnsettledBills'
    statuses = (400,)
    messages = ('The instance has an unsettled bill.',)
    descriptions = ('The instance has an unsettled bill.',)
    operations = ('CreateSnapshot',)


class OrderInstanceHasInactiveChange(EnsError):
    'Error code OrderInstanceHasInactiveChange.\n\nHTTP status: 400.\n\nMessage: Instances exist temporary upgrade.\n\nDescription: Instances exist temporary upgrade.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderInstanceHasInactiveChange'
    statuses = (400,)
    messages = ('Instances exist temporary upgrade.',)
    descriptions = ('Instances exist temporary upgrade.',)
    operations = ('CreateSnapshot',)


class OrderInstanceHasTempUpgrade(EnsError):
    'Error code OrderInstanceHasTempUpgrade.\n\nHTTP status: 400.\n\nMessage: Instances exist temporary upgrade.\n\nDescription: Instances exist temporary upgrade.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderInstanceHasTempUpgrade'
    statuses = (400,)
    messages = ('Instances exist temporary upgrade.',)
    descriptions = ('Instances exist temporary upgrade.',)
    operations = ('CreateSnapshot',)


class OrderLatestOrderIsHandling(EnsError):
    'Error code OrderLatestOrderIsHandling.\n\nHTTP status: 400.\n\nMessage: Recent order is being processed, please try again later.\n\nDescription: Recent order is being processed, please try again later.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderLatestOrderIsHandling'
    statuses = (400,)
    messages = ('Recent order is being processed, please try again later.',)
    descriptions = ('Recent order is being processed, please try again later.',)
    operations = ('CreateSnapshot',)


class OrderMainOrderSizeOverflow(EnsError):
    'Error code OrderMainOrderSizeOverflow.\n\nHTTP status: 400.\n\nMessage: The quantity of the main order exceeds the limit.\n\nDescription: The quantity of the main order exceeds the limit.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderMainOrderSizeOverflow'
    statuses = (400,)
    messages = ('The quantity of the main order exceeds the limit.',)
    descriptions = ('The quantity of the main order exceeds the limit.',)
    operations = ('CreateSnapshot',)


class OrderMissingModuleInfoError(EnsError):
    'Error code OrderMissingModuleInfoError.\n\nHTTP status: 400.\n\nMessage: Module parameter not specified.\n\nDescription: Module parameter not specified.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderMissingModuleInfoError'
    statuses = (400,)
    messages = ('Module parameter not specified.',)
    descriptions = ('Module parameter not specified.',)
    operations = ('CreateSnapshot',)


class OrderNoRealNameAuthentication(EnsError):
    'Error code OrderNoRealNameAuthentication.\n\nHTTP status: 400.\n\nMessage: No real-name authentication.\n\nDescription: No real-name authentication.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderNoRealNameAuthentication'
    statuses = (400,)
    messages = ('No real-name authentication.',)
    descriptions = ('No real-name authentication.',)
    operations = ('CreateSnapshot',)


class OrderNotFound(EnsError):
    'Error code OrderNotFound.\n\nHTTP status: 400.\n\nMessage: The specified order information is not found.\n\nDescription: The specified order information is not found.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderNotFound'
    statuses = (400,)
    messages = ('The specified order information is not found.',)
    descriptions = ('The specified order information is not found.',)
    operations = ('CreateSnapshot',)


class OrderOpend(EnsError):
    'Error code OrderOpend.\n\nHTTP status: 400.\n\nMessage: You have activated this product.\n\nDescription: You have activated this product.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderOpend'
    statuses = (400,)
    messages = ('You have activated this product.',)
    descriptions = ('You have activated this product.',)
    operations = ('CreateSnapshot',)


class OrderPeriodInvalid(EnsError):
    'Error code OrderPeriodInvalid.\n\nHTTP status: 400.\n\nMessage: Illegal order cycle.\n\nDescription: Illegal order cycle.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderPeriodInvalid'
    statuses = (400,)
    messages = ('Illegal order cycle.',)
    descriptions = ('Illegal order cycle.',)
    operations = ('CreateSnapshot',)


class OrderQuantityInvalid(EnsError):
    'Error code OrderQuantityInvalid.\n\nHTTP status: 400.\n\nMessage: Illegal quantity ordered.\n\nDescription: Illegal quantity ordered.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderQuantityInvalid'
    statuses = (400,)
    messages = ('Illegal quantity ordered.',)
    descriptions = ('Illegal quantity ordered.',)
    operations = ('CreateSnapshot',)


class OrderQueryInstanceError(EnsError):
    'Error code OrderQueryInstanceError.\n\nHTTP status: 400.\n\nMessage: Query instance error.\n\nDescription: Query instance error.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderQueryInstanceError'
    statuses = (400,)
    messages = ('Query instance error.',)
    descriptions = ('Query instance error.',)
    operations = ('CreateSnapshot',)


class OrderQueryInstanceNotExists(EnsError):
    'Error code OrderQueryInstanceNotExists.\n\nHTTP status: 400.\n\nMessage: Instance data does not exist.\n\nDescription: Instance data does not exist.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderQueryInstanceNotExists'
    statuses = (400,)
    messages = ('Instance data does not exist.',)
    descriptions = ('Instance data does not exist.',)
    operations = ('CreateSnapshot',)


class OrderQueryOrderExchangeRateFail(EnsError):
    'Error code OrderQueryOrderExchangeRateFail.\n\nHTTP status: 400.\n\nMessage: Failed to query order exchange rate information.\n\nDescription: Failed to query order exchange rate information.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderQueryOrderExchangeRateFail'
    statuses = (400,)
    messages = ('Failed to query order exchange rate information.',)
    descriptions = ('Failed to query order exchange rate information.',)
    operations = ('CreateSnapshot',)


class OrderQueryUserSettleInfoFail(EnsError):
    'Error code OrderQueryUserSettleInfoFail.\n\nHTTP status: 400.\n\nMessage: Failed to query user settlement information.\n\nDescription: Failed to query user settlement information.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderQueryUserSettleInfoFail'
    statuses = (400,)
    messages = ('Failed to query user settlement information.',)
    descriptions = ('Failed to query user settlement information.',)
    operations = ('CreateSnapshot',)


class OrderQuotaExceeded(EnsError):
    'Error code OrderQuotaExceeded.\n\nHTTP status: 400.\n\nMessage: Quantity exceeds limit.\n\nDescription: Quantity exceeds limit.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderQuotaExceeded'
    statuses = (400,)
    messages = ('Quantity exceeds limit.',)
    descriptions = ('Quantity exceeds limit.',)
    operations = ('CreateSnapshot',)


class OrderSysConstraintInvalid(EnsError):
    'Error code OrderSysConstraintInvalid.\n\nHTTP status: 400.\n\nMessage: System constraint check failed.\n\nMessage: The pre-verification of the order failed, please re-match or contact the product.\n\nDescription: System constraint check failed.\n\nDescription: The pre-verification of the order failed, please re-match or contact the product.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderSysConstraintInvalid'
    statuses = (400,)
    messages = ('System constraint check failed.', 'The pre-verification of the order failed, please re-match or contact the product.')
    descriptions = ('System constraint check failed.', 'The pre-verification of the order failed, please re-match or contact the product.')
    operations = ('CreateSnapshot',)


class OrderTradeCompleteSettleInfoFail(EnsError):
    'Error code OrderTradeCompleteSettleInfoFail.\n\nHTTP status: 400.\n\nMessage: Failed to complete the order settlement currency amount information.\n\nDescription: Failed to complete the order settlement currency amount information.\n\nDocumented for: CreateSnapshot.'

    code = 'OrderTradeCompleteSettleInfoFail'
    statuses = (400,)
    messages = ('Failed to complete the order settlement currency amount information.',)
    descriptions = ('Failed to complete the order settlement currency amount information.',)
    operations = ('CreateSnapshot',)


class PatRiskRejectForTradeData(EnsError):
    'Error code PatRiskRejectForTradeData.\n\nHTTP status: 400.\n\nMessage: Payment order problem leads to risk control rejection.\n\nDescription: Payment order problem leads to risk control rejection.\n\nDocumented for: CreateSnapshot.'

    code = 'PatRiskRejectForTradeData'
    statuses = (400,)
    messages = ('Payment order problem leads to risk control rejection.',)
    descriptions = ('Payment order problem leads to risk control rejection.',)
    operations = ('CreateSnapshot',)


class PayAccountBookNotExist(EnsError):
    'Error code PayAccountBookNotExist.\n\nHTTP status: 400.\n\nMessage: There is no insufficient account balance in the account book, please retry after recharging.\n\nDescription: There is no insufficient account balance in the account book, please retry after recharging.\n\nDocumented for: CreateSnapshot.'

    code = 'PayAccountBookNotExist'
    statuses = (400,)
    messages = ('There is no insufficient account balance in the account book, please retry after recharging.',)
    descriptions = ('There is no insufficient account balance in the account book, please retry after recharging.',)
    operations = ('CreateSnapshot',)


class PayAmountLimitExceeded(EnsError):
    'Error code PayAmountLimitExceeded.\n\nHTTP status: 400.\n\nMessage: Payment limit exceeded, please resubmit.\n\nDescription: Payment limit exceeded, please resubmit.\n\nDocumented for: CreateSnapshot.'

    code = 'PayAmountLimitExceeded'
    statuses = (400,)
    messages = ('Payment limit exceeded, please resubmit.',)
    descriptions = ('Payment limit exceeded, please resubmit.',)
    operations = ('CreateSnapshot',)


class PayBeforePayRiskRuleValidateFailed(EnsError):
    'Error code PayBeforePayRiskRuleValidateFailed.\n\nHTTP status: 400.\n\nMessage: The payment was blocked by risk control, and the payment failed.\n\nDescription: The payment was blocked by risk control, and the payment failed.\n\nDocumented for: CreateSnapshot.'

    code = 'PayBeforePayRiskRuleValidateFailed'
    statuses = (400,)
    messages = ('The payment was blocked by risk control, and the payment failed.',)
    descriptions = ('The payment was blocked by risk control, and the payment failed.',)
    operations = ('CreateSnapshot',)


class PayCounponNotExist(EnsError):
    'Error code PayCounponNotExist.\n\nHTTP status: 400.\n\nMessage: Counpon does not exist.\n\nDescription: Counpon does not exist.\n\nDocumented for: CreateSnapshot.'

    code = 'PayCounponNotExist'
    statuses = (400,)
    messages = ('Counpon does not exist.',)
    descriptions = ('Counpon does not exist.',)
    operations = ('CreateSnapshot',)


class PayCouponAmountNotEnough(EnsError):
    'Error code PayCouponAmountNotEnough.\n\nHTTP status: 400.\n\nMessage: Insufficient voucher balance or expired.\n\nDescription: Insufficient voucher balance or expired.\n\nDocumented for: CreateSnapshot.'

    code = 'PayCouponAmountNotEnough'
    statuses = (400,)
    messages = ('Insufficient voucher balance or expired.',)
    descriptions = ('Insufficient voucher balance or expired.',)
    operations = ('CreateSnapshot',)


class PayCouponNotMeetConsumptionRule(EnsError):
    'Error code PayCouponNotMeetConsumptionRule.\n\nHTTP status: 400.\n\nMessage: The coupon does not meet the conditions for use.\n\nDescription: The coupon does not meet the conditions for use.\n\nDocumented for: CreateSnapshot.'

    code = 'PayCouponNotMeetConsumptionRule'
    statuses = (400,)
    messages = ('The coupon does not meet the conditions for use.',)
    descriptions = ('The coupon does not meet the conditions for use.',)
    operations = ('CreateSnapshot',)


class PayCurrencyInconsistency(EnsError):
    'Error code PayCurrencyInconsistency.\n\nHTTP status: 400.\n\nMessage: Currency mismatch.\n\nDescription: Currency mismatch.\n\nDocumented for: CreateSnapshot.'

    code = 'PayCurrencyInconsistency'
    statuses = (400,)
    messages = ('Currency mismatch.',)
    descriptions = ('Currency mismatch.',)
    operations = ('CreateSnapshot',)


class PayCurrencyNotSupported(EnsError):
    'Error code PayCurrencyNotSupported.\n\nHTTP status: 400.\n\nMessage: Currency not supported.\n\nDescription: Currency not supported.\n\nDocumented for: CreateSnapshot.'

    code = 'PayCurrencyNotSupported'
    statuses = (400,)
    messages = ('Currency not supported.',)
    descriptions = ('Currency not supported.',)
    operations = ('CreateSnapshot',)


class PayForbiddenNoReasonFefund(EnsError):
    'Error code PayForbiddenNoReasonFefund.\n\nHTTP status: 400.\n\nMessage: Banned five days no reason refund.\n\nDescription: Banned five days no reason refund.\n\nDocumented for: CreateSnapshot.'

    code = 'PayForbiddenNoReasonFefund'
    statuses = (400,)
    messages = ('Banned five days no reason refund.',)
    descriptions = ('Banned five days no reason refund.',)
    operations = ('CreateSnapshot',)


class PayHsfTimeoutError(EnsError):
    'Error code PayHsfTimeoutError.\n\nHTTP status: 400.\n\nMessage: Call payment system timeout.\n\nDescription: Call payment system timeout.\n\nDocumented for: CreateSnapshot.'

    code = 'PayHsfTimeoutError'
    statuses = (400,)
    messages = ('Call payment system timeout.',)
    descriptions = ('Call payment system timeout.',)
    operations = ('CreateSnapshot',)


class PayInsufficientBalance(EnsError):
    'Error code PayInsufficientBalance.\n\nHTTP status: 400.\n\nMessage: Account balance is insufficient, please recharge and try again.\n\nDescription: Account balance is insufficient, please recharge and try again.\n\nDocumented for: CreateSnapshot.'

    code = 'PayInsufficientBalance'
    statuses = (400,)
    messages = ('Account balance is insufficient, please recharge and try again.',)
    descriptions = ('Account balance is insufficient, please recharge and try again.',)
    operations = ('CreateSnapshot',)


class PayInvalidCreditCard(EnsError):
    'Error code PayInvalidCreditCard.\n\nHTTP status: 400.\n\nMessage: Invalid credit card.\n\nDescription: Invalid credit card.\n\nDocumented for: CreateSnapshot.'

    code = 'PayInvalidCreditCard'
    statuses = (400,)
    messages = ('Invalid credit card.',)
    descriptions = ('Invalid credit card.',)
    operations = ('CreateSnapshot',)


class PayInvalidPayMethod(EnsError):
    'Error code PayInvalidPayMethod.\n\nHTTP status: 400.\n\nMessage: Illegal payment method.\n\nDescription: Illegal payment method.\n\nDocumented for: CreateSnapshot.'

    code = 'PayInvalidPayMethod'
    statuses = (400,)
    messages = ('Illegal payment method.',)
    descriptions = ('Illegal payment method.',)
    operations = ('CreateSnapshot',)


class PayMegrePayOrderHasThanOneChagreChannel(EnsError):
    'Error code PayMegrePayOrderHasThanOneChagreChannel.\n\nHTTP status: 400.\n\nMessage: Payment failed, please retry or submit work order feedback.\n\nDescription: Payment failed, please retry or submit work order feedback.\n\nDocumented for: CreateSnapshot.'

    code = 'PayMegrePayOrderHasThanOneChagreChannel'
    statuses = (400,)
    messages = ('Payment failed, please retry or submit work order feedback.',)
    descriptions = ('Payment failed, please retry or submit work order feedback.',)
    operations = ('CreateSnapshot',)


class PayNoCreditCard(EnsError):
    'Error code PayNoCreditCard.\n\nHTTP status: 400.\n\nMessage: No valid payment method, please check the payment method and try again.\n\nDescription: No valid payment method, please check the payment method and try again.\n\nDocumented for: CreateSnapshot.'

    code = 'PayNoCreditCard'
    statuses = (400,)
    messages = ('No valid payment method, please check the payment method and try again.',)
    descriptions = ('No valid payment method, please check the payment method and try again.',)
    operations = ('CreateSnapshot',)


class PayOrderPayTimeInvalid(EnsError):
    'Error code PayOrderPayTimeInvalid.\n\nHTTP status: 400.\n\nMessage: Order effective time is invalid.\n\nDescription: Order effective time is invalid.\n\nDocumented for: CreateSnapshot.'

    code = 'PayOrderPayTimeInvalid'
    statuses = (400,)
    messages = ('Order effective time is invalid.',)
    descriptions = ('Order effective time is invalid.',)
    operations = ('CreateSnapshot',)


class PayPartRefundNotSupport(EnsError):
    'Error code PayPartRefundNotSupport.\n\nHTTP status: 400.\n\nMessage: Not Capture, no partial refund.\n\nDescription: Not Capture, no partial refund.\n\nDocumented for: CreateSnapshot.'

    code = 'PayPartRefundNotSupport'
    statuses = (400,)
    messages = ('Not Capture, no partial refund.',)
    descriptions = ('Not Capture, no partial refund.',)
    operations = ('CreateSnapshot',)


class PayPayChannelPayOrderInvalidStatus(EnsError):
    'Error code PayPayChannelPayOrderInvalidStatus.\n\nHTTP status: 400.\n\nMessage: Illegal status of payment order in payment channel.\n\nDescription: Illegal status of payment order in payment channel.\n\nDocumented for: CreateSnapshot.'

    code = 'PayPayChannelPayOrderInvalidStatus'
    statuses = (400,)
    messages = ('Illegal status of payment order in payment channel.',)
    descriptions = ('Illegal status of payment order in payment channel.',)
    operations = ('CreateSnapshot',)


class PayPayChannelPayOrderNotExist(EnsError):
    'Error code PayPayChannelPayOrderNotExist.\n\nHTTP status: 400.\n\nMessage: Payment channel payment order does not exist.\n\nDescription: Payment channel payment order does not exist.\n\nDocumented for: CreateSnapshot.'

    code = 'PayPayChannelPayOrderNotExist'
    statuses = (400,)
    messages = ('Payment channel payment order does not exist.',)
    descriptions = ('Payment channel payment order does not exist.',)
    operations = ('CreateSnapshot',)


class PayPayFailedParentRelationchanged(EnsError):
    'Error code PayPayFailedParentRelationchanged.\n\nHTTP status: 400.\n\nMessage: If the financial custody relationship changes, please void the order and place a new order for payment.\n\nDescription: If the financial custody relationship changes, please void the order and place a new order for payment.\n\nDocumented for: CreateSnapshot.'

    code = 'PayPayFailedParentRelationchanged'
    statuses = (400,)
    messages = ('If the financial custody relationship changes, please void the order and place a new order for payment.',)
    descriptions = ('If the financial custody relationship changes, please void the order and place a new order for payment.',)
    operations = ('CreateSnapshot',)


class PayPayForbidUserCoupon(EnsError):
    'Error code PayPayForbidUserCoupon.\n\nHTTP status: 400.\n\nMessage: Coupon prohibited for orders.\n\nDescription: Coupon prohibited for orders.\n\nDocumented for: CreateSnapshot.'

    code = 'PayPayForbidUserCoupon'
    statuses = (400,)
    messages = ('Coupon prohibited for orders.',)
    descriptions = ('Coupon prohibited for orders.',)
    operations = ('CreateSnapshot',)


class PayPayerAccountIllegal(EnsError):
    'Error code PayPayerAccountIllegal.\n\nHTTP status: 400.\n\nMessage: Illegal payment account.\n\nDescription: Illegal payment account.\n\nDocumented for: CreateSnapshot.'

    code = 'PayPayerAccountIllegal'
    statuses = (400,)
    messages = ('Illegal payment account.',)
    descriptions = ('Illegal payment account.',)
    operations = ('CreateSnapshot',)


class PayQueryAvailableAmountFailed(EnsError):
    'Error code PayQueryAvailableAmountFailed.\n\nHTTP status: 400.\n\nMessage: Failed to query user availability, please try again later.\n\nDescription: Failed to query user availability, please try again later.\n\nDocumented for: CreateSnapshot.'

    code = 'PayQueryAvailableAmountFailed'
    statuses = (400,)
    messages = ('Failed to query user availability, please try again later.',)
    descriptions = ('Failed to query user availability, please try again later.',)
    operations = ('CreateSnapshot',)


class PayQueryAvailableEnduserAmountFailed(EnsError):
    'Error code PayQueryAvailableEnduserAmountFailed.\n\nHTTP status: 400.\n\nMessage: Failed to query the availability of quota direct customer main user, please try again later.\n\nDescription: Failed to query the availability of quota direct customer main user, please try again later.\n\nDocumented for: CreateSnapshot.'

    code = 'PayQueryAvailableEnduserAmountFailed'
    statuses = (400,)
    messages = ('Failed to query the availability of quota direct customer main user, please try again later.',)
    descriptions = ('Failed to query the availability of quota direct customer main user, please try again later.',)
    operations = ('CreateSnapshot',)


class PayQueryParentRelationchangedFailed(EnsError):
    'Error code PayQueryParentRelationchangedFailed.\n\nHTTP status: 400.\n\nMessage: The financial custody relationship may change, please refresh and pay again.\n\nDescription: The financial custody relationship may change, please refresh and pay again.\n\nDocumented for: CreateSnapshot.'

    code = 'PayQueryParentRelationchangedFailed'
    statuses = (400,)
    messages = ('The financial custody relationship may change, please refresh and pay again.',)
    descriptions = ('The financial custody relationship may change, please refresh and pay again.',)
    operations = ('CreateSnapshot',)


class PayQueryParentRelationshipFailed(EnsError):
    'Error code PayQueryParentRelationshipFailed.\n\nHTTP status: 400.\n\nMessage: Failed to query current user hosting relationship, please try again later.\n\nDescription: Failed to query current user hosting relationship, please try again later.\n\nDocumented for: CreateSnapshot.'

    code = 'PayQueryParentRelationshipFailed'
    statuses = (400,)
    messages = ('Failed to query current user hosting relationship, please try again later.',)
    descriptions = ('Failed to query current user hosting relationship, please try again later.',)
    operations = ('CreateSnapshot',)


class PayQueryPayChangeChannelNotEqual(EnsError):
    'Error code PayQueryPayChangeChannelNotEqual.\n\nHTTP status: 400.\n\nMessage: Multi-order payment channels are inconsistent, please check whether the original order data payment channel is correct.\n\nDescription: Multi-order payment channels are inconsistent, please check whether the original order data payment channel is correct.\n\nDocumented for: CreateSnapshot.'

    code = 'PayQueryPayChangeChannelNotEqual'
    statuses = (400,)
    messages = ('Multi-order payment channels are inconsistent, please check whether the original order data payment channel is correct.',)
    descriptions = ('Multi-order payment channels are inconsistent, please check whether the original order data payment channel is correct.',)
    operations = ('CreateSnapshot',)


class PayRefundFailed(EnsError):
    'Error code PayRefundFailed.\n\nHTTP status: 400.\n\nMessage: Accumulated refund amount exceeds payment order amount.\n\nDescription: Accumulated refund amount exceeds payment order amount.\n\nDocumented for: CreateSnapshot.'

    code = 'PayRefundFailed'
    statuses = (400,)
    messages = ('Accumulated refund amount exceeds payment order amount.',)
    descriptions = ('Accumulated refund amount exceeds payment order amount.',)
    operations = ('CreateSnapshot',)


class PayResellerPayGetUrlError(EnsError):
    'Error code PayResellerPayGetUrlError.\n\nHTTP status: 400.\n\nMessage: Order payment failed, please try again later.\n\nDescription: Order payment failed, please try again later.\n\nDocumented for: CreateSnapshot.'

    code = 'PayResellerPayGetUrlError'
    statuses = (400,)
    messages = ('Order payment failed, please try again later.',)
    descriptions = ('Order payment failed, please try again later.',)
    operations = ('CreateSnapshot',)


class PayRiskRejectForPayerAccount(EnsError):
    'Error code PayRiskRejectForPayerAccount.\n\nHTTP status: 400.\n\nMessage: Payment account problem leads to risk control rejection.\n\nDescription: Payment account problem leads to risk control rejection.\n\nDocumented for: CreateSnapshot.'

    code = 'PayRiskRejectForPayerAccount'
    statuses = (400,)
    messages = ('Payment account problem leads to risk control rejection.',)
    descriptions = ('Payment account problem leads to risk control rejection.',)
    operations = ('CreateSnapshot',)


class PayStoredCardNotExist(EnsError):
    'Error code PayStoredCardNotExist.\n\nHTTP status: 400.\n\nMessage: Stored value card does not exist.\n\nDescription: Stored value card does not exist.\n\nDocumented for: CreateSnapshot.'

    code = 'PayStoredCardNotExist'
    statuses = (400,)
    messages = ('Stored value card does not exist.',)
    descriptions = ('Stored value card does not exist.',)
    operations = ('CreateSnapshot',)


class PaySystemError(EnsError):
    'Error code PaySystemError.\n\nHTTP status: 400.\n\nMessage: Error calling payment system.\n\nDescription: Error calling payment system\n\nDocumented for: CreateSnapshot.'

    code = 'PaySystemError'
    statuses = (400,)
    messages = ('Error calling payment system.',)
    descriptions = ('Error calling payment system',)
    operations = ('CreateSnapshot',)


class PayTaxCalcFailed(EnsError):
    'Error code PayTaxCalcFailed.\n\nHTTP status: 400.\n\nMessage: Failed to get user tax address.\n\nDescription: Failed to get user tax address.\n\nDocumented for: CreateSnapshot.'

    code = 'PayTaxCalcFailed'
    statuses = (400,)
    messages = ('Failed to get user tax address.',)
    descriptions = ('Failed to get user tax address.',)
    operations = ('CreateSnapshot',)


class PayWithholdingAgreementIllegal(EnsError):
    'Error code PayWithholdingAgreementIllegal.\n\nHTTP status: 400.\n\nMessage: Withholding Agreement Status Illegal.\n\nDescription: Withholding Agreement Status Illegal.\n\nDocumented for: CreateSnapshot.'

    code = 'PayWithholdingAgreementIllegal'
    statuses = (400,)
    messages = ('Withholding Agreement Status Illegal.',)
    descriptions = ('Withholding Agreement Status Illegal.',)
    operations = ('CreateSnapshot',)


class PayforAccountMoneyValidateError(EnsError):
    "Error code PayforAccountMoneyValidateError.\n\nHTTP status: 400.\n\nMessage: The available amount of your channel partner's account is insufficient, please contact your channel partner to recharge in time.\n\nDescription: The available amount of your channel partner's account is insufficient, please contact your channel partner to recharge in time.\n\nDocumented for: CreateSnapshot."

    code = 'PayforAccountMoneyValidateError'
    statuses = (400,)
    messages = ("The available amount of your channel partner's account is insufficient, please contact your channel partner to recharge in time.",)
    descriptions = ("The available amount of your channel partner's account is insufficient, please contact your channel partner to recharge in time.",)
    operations = ('CreateSnapshot',)


class PayforCreditPayInsufficientBalance(EnsError):
    'Error code PayforCreditPayInsufficientBalance.\n\nHTTP status: 400.\n\nMessage: Insufficient quota, please contact your channel partner to increase the quota.\n\nDescription: Insufficient quota, please contact your channel partner to increase the quota.\n\nDocumented for: CreateSnapshot.'

    code = 'PayforCreditPayInsufficientBalance'
    statuses = (400,)
    messages = ('Insufficient quota, please contact your channel partner to increase the quota.',)
    descriptions = ('Insufficient quota, please contact your channel partner to increase the quota.',)
    operations = ('CreateSnapshot',)


class PriceHsfTimeoutError(EnsError):
    'Error code PriceHsfTimeoutError.\n\nHTTP status: 400.\n\nMessage: Time out when calling the request for quotation interface.\n\nDescription: Time out when calling the request for quotation interface.\n\nDocumented for: CreateSnapshot.'

    code = 'PriceHsfTimeoutError'
    statuses = (400,)
    messages = ('Time out when calling the request for quotation interface.',)
    descriptions = ('Time out when calling the request for quotation interface.',)
    operations = ('CreateSnapshot',)


class PricePatingConfigError(EnsError):
    'Error code PricePatingConfigError.\n\nHTTP status: 400.\n\nMessage: Inquiry related goods configuration error.\n\nDescription: Inquiry related goods configuration error.\n\nDocumented for: CreateSnapshot.'

    code = 'PricePatingConfigError'
    statuses = (400,)
    messages = ('Inquiry related goods configuration error.',)
    descriptions = ('Inquiry related goods configuration error.',)
    operations = ('CreateSnapshot',)


class PricePricingPlanNotFound(EnsError):
    'Error code PricePricingPlanNotFound.\n\nHTTP status: 400.\n\nMessage: Pricing plan tree not found.\n\nDescription: Pricing plan tree not found.\n\nDocumented for: CreateSnapshot.'

    code = 'PricePricingPlanNotFound'
    statuses = (400,)
    messages = ('Pricing plan tree not found.',)
    descriptions = ('Pricing plan tree not found.',)
    operations = ('CreateSnapshot',)


class PricePricingPlanResultNotFound(EnsError):
    'Error code PricePricingPlanResultNotFound.\n\nHTTP status: 400.\n\nMessage: Pricing plan price result not found.\n\nDescription: Pricing plan price result not found.\n\nDocumented for: CreateSnapshot.'

    code = 'PricePricingPlanResultNotFound'
    statuses = (400,)
    messages = ('Pricing plan price result not found.',)
    descriptions = ('Pricing plan price result not found.',)
    operations = ('CreateSnapshot',)


class PriceRatingGetRatingpricingPlan(EnsError):
    'Error code PriceRatingGetRatingpricingPlan.\n\nHTTP status: 400.\n\nMessage: Obtain a valid pricing plan exception.\n\nDescription: Obtain a valid pricing plan exception.\n\nDocumented for: CreateSnapshot.'

    code = 'PriceRatingGetRatingpricingPlan'
    statuses = (400,)
    messages = ('Obtain a valid pricing plan exception.',)
    descriptions = ('Obtain a valid pricing plan exception.',)
    operations = ('CreateSnapshot',)


class ProductInstanceReleased(EnsError):
    'Error code ProductInstanceReleased.\n\nHTTP status: 400.\n\nMessage: Instance released.\n\nDescription: Instance released.\n\nDocumented for: CreateSnapshot.'

    code = 'ProductInstanceReleased'
    statuses = (400,)
    messages = ('Instance released.',)
    descriptions = ('Instance released.',)
    operations = ('CreateSnapshot',)


class ProductInstanceTypeNotSupported(EnsError):
    'Error code ProductInstanceTypeNotSupported.\n\nHTTP status: 400.\n\nMessage: The instance type is not supported.\n\nDescription: The instance type is not supported.\n\nDocumented for: CreateSnapshot.'

    code = 'ProductInstanceTypeNotSupported'
    statuses = (400,)
    messages = ('The instance type is not supported.',)
    descriptions = ('The instance type is not supported.',)
    operations = ('CreateSnapshot',)


class PurchaseExistRenewchangeProd(EnsError):
    'Error code PurchaseExistRenewchangeProd.\n\nHTTP status: 400.\n\nMessage: There is a renewal change subscription that has not yet taken effect.\n\nDescription: There is a renewal change subscription that has not yet taken effect.\n\nDocumented for: CreateSnapshot.'

    code = 'PurchaseExistRenewchangeProd'
    statuses = (400,)
    messages = ('There is a renewal change subscription that has not yet taken effect.',)
    descriptions = ('There is a renewal change subscription that has not yet taken effect.',)
    operations = ('CreateSnapshot',)


class PurchaseExistToBeValidProdRuleError(EnsError):
    'Error code PurchaseExistToBeValidProdRuleError.\n\nHTTP status: 400.\n\nMessage: Currently, there are temporary orders that are not in effect, and the upgrade operation cannot be performed.\n\nDescription: Currently, there are temporary orders that are not in effect, and the upgrade operation cannot be performed.\n\nDocumented for: CreateSnapshot.'

    code = 'PurchaseExistToBeValidProdRuleError'
    statuses = (400,)
    messages = ('Currently, there are temporary orders that are not in effect, and the upgrade operation cannot be performed.',)
    descriptions = ('Currently, there are temporary orders that are not in effect, and the upgrade operation cannot be performed.',)
    operations = ('CreateSnapshot',)


class PurchaseExistToBeValidRenewChangeProdRuleError(EnsError):
    'Error code PurchaseExistToBeValidRenewChangeProdRuleError.\n\nHTTP status: 400.\n\nMessage: Currently, there is an uneffective renewal change subscription, and temporary upgrade operation cannot be performed.\n\nDescription: Currently, there is an uneffective renewal change subscription, and temporary upgrade operation cannot be performed.\n\nDocumented for: CreateSnapshot.'

    code = 'PurchaseExistToBeValidRenewChangeProdRuleError'
    statuses = (400,)
    messages = ('Currently, there is an uneffective renewal change subscription, and temporary upgrade operation cannot be performed.',)
    descriptions = ('Currently, there is an uneffective renewal change subscription, and temporary upgrade operation cannot be performed.',)
    operations = ('CreateSnapshot',)


class PurchaseExistValidProdRuleError(EnsError):
    'Error code PurchaseExistValidProdRuleError.\n\nHTTP status: 400.\n\nMessage: Currently, there is a temporary order in effect, and operations such as upgrade/downgrade/expansion/pre-transfer cannot be performed.\n\nDescription: Currently, there is a temporary order in effect, and operations such as upgrade/downgrade/expansion/pre-transfer cannot be performed.\n\nDocumented for: CreateSnapshot.'

    code = 'PurchaseExistValidProdRuleError'
    statuses = (400,)
    messages = ('Currently, there is a temporary order in effect, and operations such as upgrade/downgrade/expansion/pre-transfer cannot be performed.',)
    descriptions = ('Currently, there is a temporary order in effect, and operations such as upgrade/downgrade/expansion/pre-transfer cannot be performed.',)
    operations = ('CreateSnapshot',)


class RefundRefundInstanceNotFound(EnsError):
    'Error code RefundRefundInstanceNotFound.\n\nHTTP status: 400.\n\nMessage: Unable to find instance information.\n\nDescription: Unable to find instance information.\n\nDocumented for: CreateSnapshot.'

    code = 'RefundRefundInstanceNotFound'
    statuses = (400,)
    messages = ('Unable to find instance information.',)
    descriptions = ('Unable to find instance information.',)
    operations = ('CreateSnapshot',)


class RefundRefundNoValidProd(EnsError):
    'Error code RefundRefundNoValidProd.\n\nHTTP status: 400.\n\nMessage: Refund is not available to unsubscribe.\n\nDescription: Refund is not available to unsubscribe.\n\nDocumented for: CreateSnapshot.'

    code = 'RefundRefundNoValidProd'
    statuses = (400,)
    messages = ('Refund is not available to unsubscribe.',)
    descriptions = ('Refund is not available to unsubscribe.',)
    operations = ('CreateSnapshot',)


class RefundRefundParamInvalid(EnsError):
    'Error code RefundRefundParamInvalid.\n\nHTTP status: 400.\n\nMessage: Abnormal refund parameter.\n\nDescription: Abnormal refund parameter.\n\nDocumented for: CreateSnapshot.'

    code = 'RefundRefundParamInvalid'
    statuses = (400,)
    messages = ('Abnormal refund parameter.',)
    descriptions = ('Abnormal refund parameter.',)
    operations = ('CreateSnapshot',)


class RefundRefundQueryOrderFail(EnsError):
    'Error code RefundRefundQueryOrderFail.\n\nHTTP status: 400.\n\nMessage: Failed to query order for refund field.\n\nDescription: Failed to query order for refund field.\n\nDocumented for: CreateSnapshot.'

    code = 'RefundRefundQueryOrderFail'
    statuses = (400,)
    messages = ('Failed to query order for refund field.',)
    descriptions = ('Failed to query order for refund field.',)
    operations = ('CreateSnapshot',)


class RiskRiskControlRejection(EnsError):
    'Error code RiskRiskControlRejection.\n\nHTTP status: 400.\n\nMessage: Risk Control Rejection.\n\nDescription: Risk Control Rejection.\n\nDocumented for: CreateSnapshot.'

    code = 'RiskRiskControlRejection'
    statuses = (400,)
    messages = ('Risk Control Rejection.',)
    descriptions = ('Risk Control Rejection.',)
    operations = ('CreateSnapshot',)


class SaleControlVerificationFailed(EnsError):
    'Error code SaleControl.VerificationFailed.\n\nHTTP status: 400.\n\nMessage: You did not pass the salecontrol verification.Please contact the product.\n\nDescription: Failed to pass the sales constraint verification when you create the resource.\n\nDocumented for: CreateSnapshot.'

    code = 'SaleControl.VerificationFailed'
    statuses = (400,)
    messages = ('You did not pass the salecontrol verification.Please contact the product.',)
    descriptions = ('Failed to pass the sales constraint verification when you create the resource.',)
    operations = ('CreateSnapshot',)


class SaleControlVerificationFailedRegion(EnsError):
    'Error code SaleControlVerificationFailedRegion.\n\nHTTP status: 400.\n\nMessage: The node sales constraint verification failed, please re-select or contact the product.\n\nDescription: Node sales constraint verification failed, please re-select\n\nDocumented for: CreateSnapshot.'

    code = 'SaleControlVerificationFailedRegion'
    statuses = (400,)
    messages = ('The node sales constraint verification failed, please re-select or contact the product.',)
    descriptions = ('Node sales constraint verification failed, please re-select',)
    operations = ('CreateSnapshot',)


class SaleControlVerificationFailedStock(EnsError):
    'Error code SaleControlVerificationFailedStock.\n\nHTTP status: 400.\n\nMessage: Inventory sales constraint verification failed, please re-match, or contact the product.\n\nDescription: Inventory sales constraint verification failed, please re-select\n\nDocumented for: CreateSnapshot.'

    code = 'SaleControlVerificationFailedStock'
    statuses = (400,)
    messages = ('Inventory sales constraint verification failed, please re-match, or contact the product.',)
    descriptions = ('Inventory sales constraint verification failed, please re-select',)
    operations = ('CreateSnapshot',)


class SystemSystemError(EnsError):
    'Error code System.SystemError.\n\nHTTP status: 400.\n\nMessage: system error.\n\nDescription: system error.\n\nDocumented for: CreateSnapshot.'

    code = 'System.SystemError'
    statuses = (400,)
    messages = ('system error.',)
    descriptions = ('system error.',)
    operations = ('CreateSnapshot',)


class SystemCanRefundCheckFailed(EnsError):
    'Error code SystemCanRefundCheckFailed.\n\nHTTP status: 400.\n\nMessage: The business rule check of the cloud product fails, and this order cannot be refunded.\n\nDescription: The business rule check of the cloud product fails, and this order cannot be refunded.\n\nDocumented for: CreateSnapshot.'

    code = 'SystemCanRefundCheckFailed'
    statuses = (400,)
    messages = ('The business rule check of the cloud product fails, and this order cannot be refunded.',)
    descriptions = ('The business rule check of the cloud product fails, and this order cannot be refunded.',)
    operations = ('CreateSnapshot',)


class SystemConcurrentOperate(EnsError):
    'Error code SystemConcurrentOperate.\n\nHTTP status: 400.\n\nMessage: Concurrent operation causes failure.\n\nDescription: Concurrent operation causes failure.\n\nDocumented for: CreateSnapshot.'

    code = 'SystemConcurrentOperate'
    statuses = (400,)
    messages = ('Concurrent operation causes failure.',)
    descriptions = ('Concurrent operation causes failure.',)
    operations = ('CreateSnapshot',)


class SystemOtsSystem(EnsError):
    'Error code SystemOtsSystem.\n\nHTTP status: 400.\n\nMessage: ots storage error.\n\nDescription: ots storage error.\n\nDocumented for: CreateSnapshot.'

    code = 'SystemOtsSystem'
    statuses = (400,)
    messages = ('ots storage error.',)
    descriptions = ('ots storage error.',)
    operations = ('CreateSnapshot',)


class SystemQueryImmortalError(EnsError):
    'Error code SystemQueryImmortalError.\n\nHTTP status: 400.\n\nMessage: Failed to call Juxiange.\n\nDescription: Failed to call Juxiange.\n\nDocumented for: CreateSnapshot.'

    code = 'SystemQueryImmortalError'
    statuses = (400,)
    messages = ('Failed to call Juxiange.',)
    descriptions = ('Failed to call Juxiange.',)
    operations = ('CreateSnapshot',)


class SystemQueryInstanceInfoFailed(EnsError):
    'Error code SystemQueryInstanceInfoFailed.\n\nHTTP status: 400.\n\nMessage: Failed to find instance information.\n\nDescription: Failed to find instance information\n\nDocumented for: CreateSnapshot.'

    code = 'SystemQueryInstanceInfoFailed'
    statuses = (400,)
    messages = ('Failed to find instance information.',)
    descriptions = ('Failed to find instance information',)
    operations = ('CreateSnapshot',)


class SystemResellerPayCalRefundUnitError(EnsError):
    'Error code SystemResellerPayCalRefundUnitError.\n\nHTTP status: 400.\n\nMessage: Ecological payment channel calculation unsubscribe information error.\n\nDescription: Ecological payment channel calculation unsubscribe information error.\n\nDocumented for: CreateSnapshot.'

    code = 'SystemResellerPayCalRefundUnitError'
    statuses = (400,)
    messages = ('Ecological payment channel calculation unsubscribe information error.',)
    descriptions = ('Ecological payment channel calculation unsubscribe information error.',)
    operations = ('CreateSnapshot',)


class SystemSaleValidateFailed(EnsError):
    'Error code SystemSaleValidateFailed.\n\nHTTP status: 400.\n\nMessage: Sales Expression Validation System Error.\n\nDescription: Sales Expression Validation System Error\n\nDocumented for: CreateSnapshot.'

    code = 'SystemSaleValidateFailed'
    statuses = (400,)
    messages = ('Sales Expression Validation System Error.',)
    descriptions = ('Sales Expression Validation System Error',)
    operations = ('CreateSnapshot',)


class SystemTransferDeleteOldResourceFailed(EnsError):
    'Error code SystemTransferDeleteOldResourceFailed.\n\nHTTP status: 400.\n\nMessage: Failed to delete the transferred instance in the transfer order.\n\nDescription: Failed to delete the transferred instance in the transfer order.\n\nDocumented for: CreateSnapshot.'

    code = 'SystemTransferDeleteOldResourceFailed'
    statuses = (400,)
    messages = ('Failed to delete the transferred instance in the transfer order.',)
    descriptions = ('Failed to delete the transferred instance in the transfer order.',)
    operations = ('CreateSnapshot',)


class SystemUnSupportOperationType(EnsError):
    'Error code SystemUnSupportOperationType.\n\nHTTP status: 400.\n\nMessage: Unsupported operation type.\n\nDescription: Unsupported operation type.\n\nDocumented for: CreateSnapshot.'

    code = 'SystemUnSupportOperationType'
    statuses = (400,)
    messages = ('Unsupported operation type.',)
    descriptions = ('Unsupported operation type.',)
    operations = ('CreateSnapshot',)


class SystemUseCouponFailed(EnsError):
    'Error code SystemUseCouponFailed.\n\nHTTP status: 400.\n\nMessage: Failed to use coupon.\n\nDescription: Failed to use coupon\n\nDocumented for: CreateSnapshot.'

    code = 'SystemUseCouponFailed'
    statuses = (400,)
    messages = ('Failed to use coupon.',)
    descriptions = ('Failed to use coupon',)
    operations = ('CreateSnapshot',)


class SystemUseStoredCardFailed(EnsError):
    'Error code SystemUseStoredCardFailed.\n\nHTTP status: 400.\n\nMessage: Failed to use stored value card.\n\nDescription: Failed to use stored value card\n\nDocumented for: CreateSnapshot.'

    code = 'SystemUseStoredCardFailed'
    statuses = (400,)
    messages = ('Failed to use stored value card.',)
    descriptions = ('Failed to use stored value card',)
    operations = ('CreateSnapshot',)


class TradeTradeOrderAfterPayCheckError(EnsError):
    'Error code TradeTradeOrderAfterPayCheckError.\n\nHTTP status: 400.\n\nMessage: You have already paid for the subsequent orders of this instance. The current order has been automatically voided and you cannot pay any more.\n\nDescription: You have already paid for the subsequent orders of this instance. The current order has been automatically voided and you cannot pay any more.\n\nDocumented for: CreateSnapshot.'

    code = 'TradeTradeOrderAfterPayCheckError'
    statuses = (400,)
    messages = ('You have already paid for the subsequent orders of this instance. The current order has been automatically voided and you cannot pay any more.',)
    descriptions = ('You have already paid for the subsequent orders of this instance. The current order has been automatically voided and you cannot pay any more.',)
    operations = ('CreateSnapshot',)


# Every documented code (templated ones as written, e.g. `InvalidParameter.%s`) to its class.
REGISTRY: dict[str, type[EnsError]] = {
    'AccountAliyunAccountFrozen': AccountAliyunAccountFrozen,
    'AccountAliyunAccountNotExist': AccountAliyunAccountNotExist,
    'AuthRamAuthFailed': AuthRamAuthFailed,
    'BasicInfoUncompleted': BasicInfoUncompleted,
    'CommodityInvalidComponent': CommodityInvalidComponent,
    'CommodityInvalidItemCode': CommodityInvalidItemCode,
    'InvalidParameter.%s': InvalidParameterField,
    'NoPermission': NoPermission,
    'OrderAbnormalResourceStatusForRenew': OrderAbnormalResourceStatusForRenew,
    'OrderAccountStatusIllegal': OrderAccountStatusIllegal,
    'OrderArrearage': OrderArrearage,
    'OrderBidUserOrderForbidden': OrderBidUserOrderForbidden,
    'OrderCaptureFailed': OrderCaptureFailed,
    'OrderExistsReleasedInstances': OrderExistsReleasedInstances,
    'OrderFailed': OrderFailed,
    'OrderGroupOrderSizeOverflow': OrderGroupOrderSizeOverflow,
    'OrderHomeCurrencyCanNotDowngrade': OrderHomeCurrencyCanNotDowngrade,
    'OrderHomeCurrencyCanNotUpgradeByValueTransfer': OrderHomeCurrencyCanNotUpgradeByValueTransfer,
    'OrderInstHasUnpaidOrder': OrderInstHasUnpaidOrder,
    'OrderInstHasUnsettledBills': OrderInstHasUnsettledBills,
    'OrderInstanceHasInactiveChange': OrderInstanceHasInactiveChange,
    'OrderInstanceHasTempUpgrade': OrderInstanceHasTempUpgrade,
    'OrderLatestOrderIsHandling': OrderLatestOrderIsHandling,
    'OrderMainOrderSizeOverflow': OrderMainOrderSizeOverflow,
    'OrderMissingModuleInfoError': OrderMissingModuleInfoError,
    'OrderNoRealNameAuthentication': OrderNoRealNameAuthentication,
    'OrderNotFound': OrderNotFound,
    'OrderOpend': OrderOpend,
    'OrderPeriodInvalid': OrderPeriodInvalid,
    'OrderQuantityInvalid': OrderQuantityInvalid,
    'OrderQueryInstanceError': OrderQueryInstanceError,
    'OrderQueryInstanceNotExists': OrderQueryInstanceNotExists,
    'OrderQueryOrderExchangeRateFail': OrderQueryOrderExchangeRateFail,
    'OrderQueryUserSettleInfoFail': OrderQueryUserSettleInfoFail,
    'OrderQuotaExceeded': OrderQuotaExceeded,
    'OrderSysConstraintInvalid': OrderSysConstraintInvalid,
    'OrderTradeCompleteSettleInfoFail': OrderTradeCompleteSettleInfoFail,
    'PatRiskRejectForTradeData': PatRiskRejectForTradeData,
    'PayAccountBookNotExist': PayAccountBookNotExist,
    'PayAmountLimitExceeded': PayAmountLimitExceeded,
    'PayBeforePayRiskRuleValidateFailed': PayBeforePayRiskRuleValidateFailed,
    'PayCounponNotExist': PayCounponNotExist,
    'PayCouponAmountNotEnough': PayCouponAmountNotEnough,
    'PayCouponNotMeetConsumptionRule': PayCouponNotMeetConsumptionRule,
    'PayCurrencyInconsistency': PayCurrencyInconsistency,
    'PayCurrencyNotSupported': PayCurrencyNotSupported,
    'PayForbiddenNoReasonFefund': PayForbiddenNoReasonFefund,
    'PayHsfTimeoutError': PayHsfTimeoutError,
    'PayInsufficientBalance': PayInsufficientBalance,
    'PayInvalidCreditCard': PayInvalidCreditCard,
    'PayInvalidPayMethod': PayInvalidPayMethod,
    'PayMegrePayOrderHasThanOneChagreChannel': PayMegrePayOrderHasThanOneChagreChannel,
    'PayNoCreditCard': PayNoCreditCard,
    'PayOrderPayTimeInvalid': PayOrderPayTimeInvalid,
    'PayPartRefundNotSupport': PayPartRefundNotSupport,
    'PayPayChannelPayOrderInvalidStatus': PayPayChannelPayOrderInvalidStatus,
    'PayPayChannelPayOrderNotExist': PayPayChannelPayOrderNotExist,
    'PayPayFailedParentRelationchanged': PayPayFailedParentRelationchanged,
    'PayPayForbidUserCoupon': PayPayForbidUserCoupon,
    'PayPayerAccountIllegal': PayPayerAccountIllegal,
    'PayQueryAvailableAmountFailed': PayQueryAvailableAmountFailed,
    'PayQueryAvailableEnduserAmountFailed': PayQueryAvailableEnduserAmountFailed,
    'PayQueryParentRelationchangedFailed': PayQueryParentRelationchangedFailed,
    'PayQueryParentRelationshipFailed': PayQueryParentRelationshipFailed,
    'PayQueryPayChangeChannelNotEqual': PayQueryPayChangeChannelNotEqual,
    'PayRefundFailed': PayRefundFailed,
    'PayResellerPayGetUrlError': PayResellerPayGetUrlError,
    'PayRiskRejectForPayerAccount': PayRiskRejectForPayerAccount,
    'PayStoredCardNotExist': PayStoredCardNotExist,
    'PaySystemError': PaySystemError,
    'PayTaxCalcFailed': PayTaxCalcFailed,
    'PayWithholdingAgreementIllegal': PayWithholdingAgreementIllegal,
    'PayforAccountMoneyValidateError': PayforAccountMoneyValidateError,
    'PayforCreditPayInsufficientBalance': PayforCreditPayInsufficientBalance,
    'PriceHsfTimeoutError': PriceHsfTimeoutError,
    'PricePatingConfigError': PricePatingConfigError,
    'PricePricingPlanNotFound': PricePricingPlanNotFound,
    'PricePricingPlanResultNotFound': PricePricingPlanResultNotFound,
    'PriceRatingGetRatingpricingPlan': PriceRatingGetRatingpricingPlan,
    'ProductInstanceReleased': ProductInstanceReleased,
    'ProductInstanceTypeNotSupported': ProductInstanceTypeNotSupported,
    'PurchaseExistRenewchangeProd': PurchaseExistRenewchangeProd,
    'PurchaseExistToBeValidProdRuleError': PurchaseExistToBeValidProdRuleError,
    'PurchaseExistToBeValidRenewChangeProdRuleError': PurchaseExistToBeValidRenewChangeProdRuleError,
    'PurchaseExistValidProdRuleError': PurchaseExistValidProdRuleError,
    'RefundRefundInstanceNotFound': RefundRefundInstanceNotFound,
    'RefundRefundNoValidProd': RefundRefundNoValidProd,
    'RefundRefundParamInvalid': RefundRefundParamInvalid,
    'RefundRefundQueryOrderFail': RefundRefundQueryOrderFail,
    'RiskRiskControlRejection': RiskRiskControlRejection,
    'SaleControl.VerificationFailed': SaleControlVerificationFailed,
    'SaleControlVerificationFailedRegion': SaleControlVerificationFailedRegion,
    'SaleControlVerificationFailedStock': SaleControlVerificationFailedStock,
    'System.SystemError': SystemSystemError,
    'SystemCanRefundCheckFailed': SystemCanRefundCheckFailed,
    'SystemConcurrentOperate': SystemConcurrentOperate,
    'SystemOtsSystem': SystemOtsSystem,
    'SystemQueryImmortalError': SystemQueryImmortalError,
    'SystemQueryInstanceInfoFailed': SystemQueryInstanceInfoFailed,
    'SystemResellerPayCalRefundUnitError': SystemResellerPayCalRefundUnitError,
    'SystemSaleValidateFailed': SystemSaleValidateFailed,
    'SystemTransferDeleteOldResourceFailed': SystemTransferDeleteOldResourceFailed,
    'SystemUnSupportOperationType': SystemUnSupportOperationType,
    'SystemUseCouponFailed': SystemUseCouponFailed,
    'SystemUseStoredCardFailed': SystemUseStoredCardFailed,
    'TradeTradeOrderAfterPayCheckError': TradeTradeOrderAfterPayCheckError,
}

# Classes of templated codes, most specific first.
PATTERNS: tuple[type[_rt.PatternError], ...] = (InvalidParameterField,)

# Checks the pages document no code for: code to class (`documented = False`).
UNDOCUMENTED: dict[str, type[EnsError]] = {
    'errkb.MissingParameter': ErrkbMissingParameter,
    'errkb.InvalidType': ErrkbInvalidType,
    'errkb.InvalidValue': ErrkbInvalidValue,
    'errkb.UnknownParameter': ErrkbUnknownParameter,
}


def lookup(code: object) -> type[EnsError]:
    """The class for a code: exact code, templated code, family (before the first dot), else EnsError."""
    return _rt.lookup(code, REGISTRY, PATTERNS, EnsError)  # type: ignore[return-value]


def from_response(status: object, body: object) -> EnsError:
    """An HTTP error answer (status, body as dict, str or bytes) to the typed error; never raises."""
    return _rt.from_response(status, body, lookup, EnsError)  # type: ignore[return-value]


def from_sdk(exc: BaseException) -> EnsError:
    """The official SDK's ClientException/ServerException (or anything shaped like it) to typed."""
    return _rt.from_sdk(exc, lookup, EnsError)  # type: ignore[return-value]


def translate() -> _ContextManager[None]:
    """`with translate(): client.call(...)` re-raises SDK errors as typed ones, `from` the original."""
    return _rt.translate(from_sdk)

