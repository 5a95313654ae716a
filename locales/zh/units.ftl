# 信息的单位，印在数值之后。
unit-bits = 比特
unit-nats = 奈特
unit-hartleys = 哈特莱
