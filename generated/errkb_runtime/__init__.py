"""Support code of the generated package, copied verbatim into `generated/errkb_runtime/`.

Plain Python with no dependency on errkb's generator: typed error machinery (`errors`) and the
helpers generated validators call (`validation`).
"""
