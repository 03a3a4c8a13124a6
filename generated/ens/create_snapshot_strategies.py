'Hypothesis strategies for ENS CreateSnapshot requests and error answers, generated from its API reference.'

from __future__ import annotations

from typing import Any

from ..errkb_runtime import strategies as _rt
from . import errors as _errors
from .create_snapshot import expected_error as _expected_error

PRODUCT_KEY = 'ens'
OPERATION = 'CreateSnapshot'

# The request parameters and their machine rules, as the spec has them.
PARAMETERS: list[dict[str, Any]] = [{'constraints': [], 'name': 'DiskId', 'required': True, 'type': 'string'},
 {'constraints': [], 'name': 'EnsRegionId', 'required': True, 'type': 'string'},
 {'constraints': [{'kind': 'length',
                   'max': 128,
                   'min': 2,
                   'sentence': 'The name must be 2 to 128 characters in length.',
                   'unit': 'characters'},
                  {'classes': ['letter'],
                   'kind': 'first_char',
                   'sentence': 'It must start with a letter and cannot start with http:// or https://.'},
                  {'kind': 'forbidden_prefix',
                   'sentence': 'It must start with a letter and cannot start with http:// or https://.',
                   'values': ['http://', 'https://']},
                  {'chars': [':', '_', '-'],
                   'classes': ['letter', 'digit'],
                   'kind': 'charset',
                   'sentence': 'It can contain letters, digits, colons (:), underscores (_), and hyphens '
                               '(-).'}],
  'name': 'SnapshotName',
  'required': False,
  'type': 'string'},
 {'constraints': [{'kind': 'length',
                   'max': 256,
                   'min': 2,
                   'sentence': 'The description must be 2 to 256 characters in length and cannot start with '
                               'http:// or https://.',
                   'unit': 'characters'},
                  {'kind': 'forbidden_prefix',
                   'sentence': 'The description must be 2 to 256 characters in length and cannot start with '
                               'http:// or https://.',
                   'values': ['http://', 'https://']},
                  {'kind': 'default', 'sentence': 'By default, this parameter is left empty.', 'value': ''}],
  'default': '',
  'name': 'Description',
  'required': False,
  'type': 'string'}]

# Every documented error row: code, HTTP status, message, and the pattern of a templated code.
ERRORS: list[dict[str, Any]] = [{'code': 'OrderFailed', 'message': 'Order failed, please try again.', 'status': 400},
 {'code': 'SystemUseCouponFailed', 'message': 'Failed to use coupon.', 'status': 400},
 {'code': 'SystemUseStoredCardFailed', 'message': 'Failed to use stored value card.', 'status': 400},
 {'code': 'System.SystemError', 'message': 'system error.', 'status': 400},
 {'code': 'SystemCanRefundCheckFailed',
  'message': 'The business rule check of the cloud product fails, and this order cannot be refunded.',
  'status': 400},
 {'code': 'SystemOtsSystem', 'message': 'ots storage error.', 'status': 400},
 {'code': 'SystemQueryImmortalError', 'message': 'Failed to call Juxiange.', 'status': 400},
 {'code': 'SystemQueryInstanceInfoFailed', 'message': 'Failed to find instance information.', 'status': 400},
 {'code': 'SystemResellerPayCalRefundUnitError',
  'message': 'Ecological payment channel calculation unsubscribe information error.',
  'status': 400},
 {'code': 'SystemSaleValidateFailed', 'message': 'Sales Expression Validation System Error.', 'status': 400},
 {'code': 'SystemTransferDeleteOldResourceFailed',
  'message': 'Failed to delete the transferred instance in the transfer order.',
  'status': 400},
 {'code': 'SystemUnSupportOperationType', 'message': 'Unsupported operation type.', 'status': 400},
 {'code': 'RiskRiskControlRejection', 'message': 'Risk Control Rejection.', 'status': 400},
 {'code': 'AuthRamAuthFailed', 'message': 'ram sub-account authentication failed.', 'status': 400},
 {'code': 'CommodityInvalidComponent',
  'message': 'The module you purchased is illegal, please re-select.',
  'status': 400},
 {'code': 'CommodityInvalidItemCode', 'message': 'Specification code illegal.', 'status': 400},
 {'code': 'PriceHsfTimeoutError',
  'message': 'Time out when calling the request for quotation interface.',
  'status': 400},
 {'code': 'PricePatingConfigError', 'message': 'Inquiry related goods configuration error.', 'status': 400},
 {'code': 'PricePricingPlanResultNotFound', 'message': 'Pricing plan price result not found.', 'status': 400},
 {'code': 'PriceRatingGetRatingpricingPlan',
  'message': 'Obtain a valid pricing plan exception.',
  'status': 400},
 {'code': 'OrderAbnormalResourceStatusForRenew',
  'message': 'Invalid resource status for renewal.',
  'status': 400},
 {'code': 'OrderAccountStatusIllegal', 'message': 'Illegal account status.', 'status': 400},
 {'code': 'OrderArrearage', 'message': 'User Arrears.', 'status': 400},
 {'code': 'OrderBidUserOrderForbidden',
  'message': 'Bid users cannot buy on the official website.',
  'status': 400},
 {'code': 'OrderCaptureFailed',
  'message': 'The paid order of the instance has not been deducted successfully.',
  'status': 400},
 {'code': 'OrderExistsReleasedInstances', 'message': 'There are already released instances.', 'status': 400},
 {'code': 'OrderGroupOrderSizeOverflow',
  'message': 'The quantity of bound combined payment order exceeds the limit.',
  'status': 400},
 {'code': 'OrderHomeCurrencyCanNotDowngrade',
  'message': 'Users in current currency cannot downgrade.',
  'status': 400},
 {'code': 'OrderHomeCurrencyCanNotUpgradeByValueTransfer',
  'message': 'Users of current currency cannot upgrade through residual value transfer.',
  'status': 400},
 {'code': 'OrderInstanceHasInactiveChange', 'message': 'Instances exist temporary upgrade.', 'status': 400},
 {'code': 'OrderInstHasUnpaidOrder', 'message': 'The instance has an unpaid order.', 'status': 400},
 {'code': 'OrderInstHasUnsettledBills', 'message': 'The instance has an unsettled bill.', 'status': 400},
 {'code': 'OrderLatestOrderIsHandling',
  'message': 'Recent order is being processed, please try again later.',
  'status': 400},
 {'code': 'OrderMainOrderSizeOverflow',
  'message': 'The quantity of the main order exceeds the limit.',
  'status': 400},
 {'code': 'OrderMissingModuleInfoError', 'message': 'Module parameter not specified.', 'status': 400},
 {'code': 'OrderNoRealNameAuthentication', 'message': 'No real-name authentication.', 'status': 400},
 {'code': 'OrderNotFound', 'message': 'The specified order information is not found.', 'status': 400},
 {'code': 'OrderOpend', 'message': 'You have activated this product.', 'status': 400},
 {'code': 'OrderPeriodInvalid', 'message': 'Illegal order cycle.', 'status': 400},
 {'code': 'OrderQuantityInvalid', 'message': 'Illegal quantity ordered.', 'status': 400},
 {'code': 'OrderQueryInstanceError', 'message': 'Query instance error.', 'status': 400},
 {'code': 'OrderQueryInstanceNotExists', 'message': 'Instance data does not exist.', 'status': 400},
 {'code': 'OrderQueryOrderExchangeRateFail',
  'message': 'Failed to query order exchange rate information.',
  'status': 400},
 {'code': 'OrderQueryUserSettleInfoFail',
  'message': 'Failed to query user settlement information.',
  'status': 400},
 {'code': 'OrderQuotaExceeded', 'message': 'Quantity exceeds limit.', 'status': 400},
 {'code': 'OrderSysConstraintInvalid', 'message': 'System constraint check failed.', 'status': 400},
 {'code': 'OrderSysConstraintInvalid',
  'message': 'The pre-verification of the order failed, please re-match or contact the product.',
  'status': 400},
 {'code': 'OrderTradeCompleteSettleInfoFail',
  'message': 'Failed to complete the order settlement currency amount information.',
  'status': 400},
 {'code': 'TradeTradeOrderAfterPayCheckError',
  'message': 'You have already paid for the subsequent orders of this instance. The current order has been '
             'automatically voided and you cannot pay any more.',
  'status': 400},
 {'code': 'PurchaseExistRenewchangeProd',
  'message': 'There is a renewal change subscription that has not yet taken effect.',
  'status': 400},
 {'code': 'PurchaseExistToBeValidProdRuleError',
  'message': 'Currently, there are temporary orders that are not in effect, and the upgrade operation cannot '
             'be performed.',
  'status': 400},
 {'code': 'PurchaseExistToBeValidRenewChangeProdRuleError',
  'message': 'Currently, there is an uneffective renewal change subscription, and temporary upgrade '
             'operation cannot be performed.',
  'status': 400},
 {'code': 'PurchaseExistValidProdRuleError',
  'message': 'Currently, there is a temporary order in effect, and operations such as '
             'upgrade/downgrade/expansion/pre-transfer cannot be performed.',
  'status': 400},
 {'code': 'ProductInstanceReleased', 'message': 'Instance released.', 'status': 400},
 {'code': 'ProductInstanceTypeNotSupported', 'message': 'The instance type is not supported.', 'status': 400},
 {'code': 'PatRiskRejectForTradeData',
  'message': 'Payment order problem leads to risk control rejection.',
  'status': 400},
 {'code': 'PayAccountBookNotExist',
  'message': 'There is no insufficient account balance in the account book, please retry after recharging.',
  'status': 400},
 {'code': 'PayAmountLimitExceeded', 'message': 'Payment limit exceeded, please resubmit.', 'status': 400},
 {'code': 'PayBeforePayRiskRuleValidateFailed',
  'message': 'The payment was blocked by risk control, and the payment failed.',
  'status': 400},
 {'code': 'PayCounponNotExist', 'message': 'Counpon does not exist.', 'status': 400},
 {'code': 'PayCouponAmountNotEnough', 'message': 'Insufficient voucher balance or expired.', 'status': 400},
 {'code': 'PayCouponNotMeetConsumptionRule',
  'message': 'The coupon does not meet the conditions for use.',
  'status': 400},
 {'code': 'PayCurrencyInconsistency', 'message': 'Currency mismatch.', 'status': 400},
 {'code': 'PayCurrencyNotSupported', 'message': 'Currency not supported.', 'status': 400},
 {'code': 'PayForbiddenNoReasonFefund', 'message': 'Banned five days no reason refund.', 'status': 400},
 {'code': 'PayHsfTimeoutError', 'message': 'Call payment system timeout.', 'status': 400},
 {'code': 'PayInsufficientBalance',
  'message': 'Account balance is insufficient, please recharge and try again.',
  'status': 400},
 {'code': 'PayInvalidCreditCard', 'message': 'Invalid credit card.', 'status': 400},
 {'code': 'PayInvalidPayMethod', 'message': 'Illegal payment method.', 'status': 400},
 {'code': 'PayMegrePayOrderHasThanOneChagreChannel',
  'message': 'Payment failed, please retry or submit work order feedback.',
  'status': 400},
 {'code': 'PayNoCreditCard',
  'message': 'No valid payment method, please check the payment method and try again.',
  'status': 400},
 {'code': 'PayOrderPayTimeInvalid', 'message': 'Order effective time is invalid.', 'status': 400},
 {'code': 'PayPartRefundNotSupport', 'message': 'Not Capture, no partial refund.', 'status': 400},
 {'code': 'PayPayChannelPayOrderInvalidStatus',
  'message': 'Illegal status of payment order in payment channel.',
  'status': 400},
 {'code': 'PayPayChannelPayOrderNotExist',
  'message': 'Payment channel payment order does not exist.',
  'status': 400},
 {'code': 'PayPayerAccountIllegal', 'message': 'Illegal payment account.', 'status': 400},
 {'code': 'PayPayFailedParentRelationchanged',
  'message': 'If the financial custody relationship changes, please void the order and place a new order for '
             'payment.',
  'status': 400},
 {'code': 'PayPayForbidUserCoupon', 'message': 'Coupon prohibited for orders.', 'status': 400},
 {'code': 'PayQueryAvailableAmountFailed',
  'message': 'Failed to query user availability, please try again later.',
  'status': 400},
 {'code': 'PayQueryAvailableEnduserAmountFailed',
  'message': 'Failed to query the availability of quota direct customer main user, please try again later.',
  'status': 400},
 {'code': 'PayQueryParentRelationshipFailed',
  'message': 'Failed to query current user hosting relationship, please try again later.',
  'status': 400},
 {'code': 'PayQueryPayChangeChannelNotEqual',
  'message': 'Multi-order payment channels are inconsistent, please check whether the original order data '
             'payment channel is correct.',
  'status': 400},
 {'code': 'PayRefundFailed',
  'message': 'Accumulated refund amount exceeds payment order amount.',
  'status': 400},
 {'code': 'PayResellerPayGetUrlError',
  'message': 'Order payment failed, please try again later.',
  'status': 400},
 {'code': 'PayRiskRejectForPayerAccount',
  'message': 'Payment account problem leads to risk control rejection.',
  'status': 400},
 {'code': 'PayStoredCardNotExist', 'message': 'Stored value card does not exist.', 'status': 400},
 {'code': 'PaySystemError', 'message': 'Error calling payment system.', 'status': 400},
 {'code': 'PayTaxCalcFailed', 'message': 'Failed to get user tax address.', 'status': 400},
 {'code': 'PayWithholdingAgreementIllegal',
  'message': 'Withholding Agreement Status Illegal.',
  'status': 400},
 {'code': 'AccountAliyunAccountFrozen', 'message': 'Alibaba Cloud account is frozen.', 'status': 400},
 {'code': 'AccountAliyunAccountNotExist', 'message': 'Alibaba Cloud account does not exist.', 'status': 400},
 {'code': 'RefundRefundInstanceNotFound', 'message': 'Unable to find instance information.', 'status': 400},
 {'code': 'RefundRefundNoValidProd', 'message': 'Refund is not available to unsubscribe.', 'status': 400},
 {'code': 'RefundRefundParamInvalid', 'message': 'Abnormal refund parameter.', 'status': 400},
 {'code': 'RefundRefundQueryOrderFail', 'message': 'Failed to query order for refund field.', 'status': 400},
 {'code': 'SystemConcurrentOperate', 'message': 'Concurrent operation causes failure.', 'status': 400},
 {'code': 'PricePricingPlanNotFound', 'message': 'Pricing plan tree not found.', 'status': 400},
 {'code': 'OrderInstanceHasTempUpgrade', 'message': 'Instances exist temporary upgrade.', 'status': 400},
 {'code': 'PayQueryParentRelationchangedFailed',
  'message': 'The financial custody relationship may change, please refresh and pay again.',
  'status': 400},
 {'code': 'PayforCreditPayInsufficientBalance',
  'message': 'Insufficient quota, please contact your channel partner to increase the quota.',
  'status': 400},
 {'code': 'PayforAccountMoneyValidateError',
  'message': "The available amount of your channel partner's account is insufficient, please contact your "
             'channel partner to recharge in time.',
  'status': 400},
 {'code': 'BasicInfoUncompleted',
  'message': 'You have not completed your basic personal information. Please complete the information and '
             're-operate it.',
  'status': 400},
 {'code': 'SaleControlVerificationFailedStock',
  'message': 'Inventory sales constraint verification failed, please re-match, or contact the product.',
  'status': 400},
 {'code': 'SaleControlVerificationFailedRegion',
  'message': 'The node sales constraint verification failed, please re-select or contact the product.',
  'status': 400},
 {'code': 'SaleControl.VerificationFailed',
  'message': 'You did not pass the salecontrol verification.Please contact the product.',
  'status': 400},
 {'code': 'NoPermission', 'message': 'Permission denied.', 'status': 400},
 {'code': 'InvalidParameter.%s',
  'message': 'The specified field %s invalid. Please check it again.',
  'pattern': {'placeholders': ['%s'], 'regex': '^InvalidParameter\\.(?P<p0>[^\\s]+)\\Z'},
  'status': 400}]

_BUILT: list[_rt.OperationStrategies] = []


def builder() -> _rt.OperationStrategies:
    """The strategy builder of this operation (made once, on first use)."""
    if not _BUILT:
        _BUILT.append(_rt.OperationStrategies(PARAMETERS, ERRORS, _expected_error, _errors.lookup))
    return _BUILT[0]


def valid_requests() -> Any:
    """Hypothesis strategy: requests every documented rule accepts."""
    return builder().valid_requests()


def invalid_requests() -> Any:
    """Hypothesis strategy: `Invalid` examples, each breaking one rule and naming the error it must raise."""
    return builder().invalid_requests()


def can_break() -> bool:
    """Whether the page documents any rule a request can break (`invalid_requests` draws nothing if not)."""
    return builder().can_break()


def boundary_cases() -> list[tuple[dict[str, Any], _rt.Invalid | None]]:
    """Requests at and just past every documented limit: (request, None) valid, (request, Invalid) not."""
    return builder().boundary_cases()


def error_responses() -> Any:
    """Hypothesis strategy: (status, error body, expected class) for every documented error code."""
    return builder().error_responses()
