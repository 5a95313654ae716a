# 命令行帮助（`kltutor --help`），运行时由这些消息生成。
cli-about = 在终端里学习熵、交叉熵和 KL 散度（Kullback–Leibler 散度）
cli-lesson = 要打开的课：内置课程的编号或 id，或者一个课程文件
cli-lesson-dirs = 把这个文件夹里的课也列出来（可重复）
cli-seed = 用这个种子生成题目里会变化的数字，每次运行都一样（默认用每课自己的种子，全班看到的数字相同）
cli-lang = 界面语言：en 或 zh（默认用课程本身的语言，否则跟随系统区域设置）
cli-compute = 计算 P 相对于一个或多个模型的熵、交叉熵、KL 散度和 JS 散度
cli-compute-p = 真实分布 P：一列数值、@文件[:列]，或 - 表示标准输入
cli-compute-q = P 的一个模型 Q，写法相同；可重复给出多个模型，并按散度排序。不给模型时，显示 H(P) 和每个结果的信息量
cli-compute-joint = X（行）与 Y（列）的联合分布：各行数值用 `;` 隔开（或用 @文件 / -，每行一行数值）。输出边缘分布、H(X)、H(Y)、H(X,Y)、条件熵和互信息 I(X;Y) = D(P(x,y) ‖ P(x)P(y))
cli-labels = 各个结果的名称，用逗号隔开
cli-compute-names = P 和各个模型的名称，用逗号隔开（默认：P、Q，或 Q1、Q2……）
cli-compute-unit = 信息量的单位，即对数的底
cli-normalize = 把权重或计数缩放到总和为 1（1,3 变成 1/4,3/4）
cli-precision = 文本和 Markdown 输出中显示的小数位数
cli-format = 输出格式
cli-compute-max-outcomes = 数值个数超过这个数就拒绝（防止无穷无尽的输入）
cli-compute-after = 数值可以写成分数（1/8）、小数（0.125）、科学记数法（1.25e-1）或百分数（12.5%），用逗号、空格或换行隔开。数值按精确值保存，所以 0.1,0.2,0.7 的和恰好是 1；若总和与 1 的差只来自末位的舍入（至多 1e-9），就除以精确的总和，并给出说明。
    
    概率密度：正态分布 N(μ, σ²)（μ 为均值，σ 为标准差），如 N(0, 0.2²)；混合分布写成加权和，如 0.5 N(-2, 0.6²) + 0.5 N(2, 0.6²)。也可以写 normal(0, 0.2) 和 mix(0.5 normal(-2, 0.6), 0.5 normal(2, 0.6))。
    
    文件：@文件 读取文件，- 读取标准输入；# 之后是注释。`@文件:列`（或 `-:列`）读取 CSV 文件的一列，列用表头名称或从 1 开始的序号指定。
    
    示例：
      kltutor compute -p 1/2,1/2 -q 1/4,3/4 -q 1/8,7/8 --labels 正面,反面
      kltutor compute -p 1/2,1/4,1/4
      kltutor compute -p @counts.csv:observed -q @counts.csv:expected --normalize
    
    退出状态：0 成功，1 分布无效，2 用法错误。
cli-conventions = 逐个调用显示 scipy、PyTorch、Keras、optax 和 scikit-learn 对 P 和 Q 返回什么
cli-conventions-after = 每个值都按该库文档中的定义算出，用 float64，并像这些库一样以奈特为单位（旁边给出比特）；不运行 Python。
    
    示例：
      kltutor conventions --p 1/2,1/2 --q 1/4,3/4
    
    退出状态：0 成功，1 分布无效，2 用法错误。
cli-pair-p = 真实分布 P（目标，符号从这里产生）：数值写法与 `compute` 相同
cli-pair-q = 模型 Q（预测，编码按它设计），结果与 P 相同
cli-codes = 把 KL 看成多付的比特：P 和 Q 各自的霍夫曼码字、香农码字及其长度
cli-codes-after = 示例：
      kltutor codes --p 1/2,1/4,1/8,1/8 --q 1/8,1/8,1/4,1/2
    
    退出状态：0 成功，1 分布无效，2 用法错误。
cli-lessons = 列出内置课程和你自己的课
cli-check = 检查课程文件，报告每一个问题及其行号和列号
cli-check-files = 课程文件（或内置课程的 id）
cli-check-watch = 每次保存后重新检查并显示最新结果，直到被中断
cli-check-deny-warnings = 有警告（例如某道题的答案在前面的页面里已经给出）时也算失败（退出状态 1）
cli-find-lesson-dirs = 也在这个文件夹里查找课程 id（可重复）
cli-explain = 输出一课的完整讲解，包括每一步推导：可以当作课堂讲义
cli-explain-lesson = 内置课程的编号或 id，或者一个课程文件
cli-new = 把一份带注释的入门课程写到 FILE（绝不覆盖已有文件）
cli-new-file = 入门课程要写到哪里
cli-schema = 输出课程格式的 JSON Schema，供编辑器使用
cli-practice = 练习：源源不断的新题，概率都是分母不大的分数，按第一次作答计分
cli-practice-topic = 只练一类题：information、entropy、cross-entropy、kl、kl-reverse、closer、js 或 units（默认：各类题随机出）
cli-practice-seed = 从这个种子开始，每次得到同样的题目
cli-review = 复习到期的技能：答错的会更早再出现，数字每次都是新的
cli-progress = 显示你的学习进度：各课进度、答过的题、每项技能下次复习的时间
cli-progress-reset = 清除全部学习进度（会先询问）
cli-progress-yes = 与 --reset 一起用：不再询问
cli-completions = 输出某个 shell 的补全脚本，可以直接 source，或保存到 shell 查找的位置
cli-completions-shell = shell 的名称
cli-completions-after = 示例：
      source <(kltutor completions bash)                       # 当前的 bash 会话
      kltutor completions bash > ~/.local/share/bash-completion/completions/kltutor
      kltutor completions zsh > ~/.zfunc/_kltutor              # 需要 fpath+=~/.zfunc
      kltutor completions fish > ~/.config/fish/completions/kltutor.fish
cli-man = 输出手册页（roff 格式），或把每个命令的手册页写进一个文件夹
cli-man-out = 把 kltutor.1 和每个子命令的手册页（kltutor-compute.1 等）写进 DIR
cli-man-after = 示例：
      kltutor man > ~/.local/share/man/man1/kltutor.1
cli-help = 显示帮助
cli-version = 显示版本
cli-help-command = 显示这段帮助，或指定子命令的帮助
cli-heading-usage = 用法：
cli-heading-arguments = 参数：
cli-heading-options = 选项：
cli-heading-commands = 命令：
# 参数说明之后：默认值和可选的值。
cli-default = （默认：{ $value }）
cli-possible = （可选：{ $values }）
