# 讲义中随参数变化的曲线。
chart-heading = 沿着一族模型
chart-caption-sweep = { $q }_θ：θ 是 { $outcome } 的概率，其余结果按比例缩放以腾出空间：模型移动时，每个量如何变化。
chart-caption-coin = { $q }_θ = (θ, 1 − θ)，θ 是 { $outcome } 的概率：模型移动时，每个量如何变化。
chart-caption-path = { $q }_θ = (1 − θ)·{ $q } + θ·{ $p }：从模型（θ = 0）走到真实分布（θ = 1）的路径。
chart-legend-current = ┆ 模型 { $q }（θ = { $theta }）；^ 表示超出纵轴顶端（{ $top }）
chart-axes = 横轴：{ $x } · 纵轴：{ $y }
