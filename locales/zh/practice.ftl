# 练习：做不完的新题。
practice-title = 练习
practice-summary = 课程里每一类题目都有新题可做，概率都是分母不大的分数，可以在纸上算。
practice-origin = 自动生成
practice-ask-information = P 中结果“{ $outcome }”的信息量是多少比特（保留三位小数）？
practice-ask-entropy = 熵 H(P) 是多少比特（保留三位小数）？
practice-ask-cross-entropy = 交叉熵 H(P,Q) 是多少比特（保留三位小数）？
practice-ask-kl = D(P‖Q) 是多少比特（保留三位小数）？
practice-ask-kl-reverse = D(Q‖P) 是多少比特（保留三位小数）？
practice-ask-js = JS 散度 JS(P,Q) 是多少比特（保留三位小数）？
practice-ask-units = H(P) = { $bits } 比特。换成奈特是多少（保留三位小数）？
practice-ask-closer = 按 D(P‖·) 算，哪个模型更接近 P？
practice-hint = 照着条形图把每一项写出来；按 n 换一道新题。
practice-mistake-nats = 这是以奈特为单位的值：题目要的是比特（log₂）。
practice-mistake-still-bits = 这还是比特：乘以 ln 2 才是奈特。
practice-mistake-reversed = 这是反方向的散度。
practice-mistake-kl-for-cross = 这是 D(P‖Q)；交叉熵还要再加上 H(P)。
practice-mistake-cross-for-kl = 这是交叉熵 H(P,Q)；D(P‖Q) 要减去 H(P)。
practice-header = 练习 · 连对 { $streak } 题 · { $done } 题中首次答对 { $right } 题
practice-next = 按 n 换一道新题
practice-not-saved = 练习题不保存到文件
