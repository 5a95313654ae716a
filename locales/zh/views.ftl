# 课程界面里的曲线图和各个库的面板。
keys-panels = c 曲线图，v 各库的调用，w 码字，i 联合分布，d 密度
keys-word-chart = 曲线
chart-title = 沿着 θ：模型给所选结果的概率（再按 c：走向真实分布的路径）
chart-now = 当前的 { $q }（θ = { $theta }）
chart-x-axis = θ = { $q }({ $outcome })
tui-conventions-title = 各个库对 P 和 Q 返回的值（奈特；原因见 `kltutor conventions`）
tui-conventions-more = 第 { $first }–{ $last } 个调用，共 { $count } 个
tui-conventions-array = { $count } 个值
tui-codes-title = 为 { $p } 和为 { $q } 设计的码字（哈夫曼码；每个方块代表半个比特）
tui-codes-code-of = { $name } 的编码
tui-codes-lengths = 符号来自 { $p } 时每个符号平均的比特数：{ $p } 的编码 { $own }，{ $q } 的编码 { $other }。
tui-codes-extra = { $q } 的编码每个符号多付出 { $extra } 比特。理想码长 log₂(1/q) 比 log₂(1/p) 每个符号恰好多付出 D({ $p }‖{ $q }) = { $kl } 比特；整数比特的编码只有在对很长的符号块取平均时才接近这个数。`kltutor codes` 还会给出香农码。
chart-title-path = 沿着路径 { $q }θ = (1 − θ)·{ $q } + θ·{ $p }，从模型走到真实分布（再按 c 返回）
