# 课程界面里的曲线图和各个库的面板。
keys-panels = c：所选概率的曲线图；v：各个库的调用
keys-word-chart = 曲线
chart-title = 沿着 θ：模型给所选结果的概率
chart-now = 当前的 { $q }（θ = { $theta }）
chart-x-axis = θ = { $q }({ $outcome })
tui-conventions-title = 各个库对 P 和 Q 返回的值（奈特；原因见 `kltutor conventions`）
tui-conventions-more = 第 { $first }–{ $last } 个调用，共 { $count } 个
tui-conventions-array = { $count } 个值
