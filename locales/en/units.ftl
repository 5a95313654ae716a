# Units of information, as printed after a value.
unit-bits = bits
unit-nats = nats
unit-hartleys = hartleys
