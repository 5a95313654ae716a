# `kltutor progress` 与学习进度文件。
progress-no-folder = 找不到保存状态的文件夹：请设置 HOME 或 XDG_STATE_HOME
progress-warning = 警告：{ $warning }
progress-none = 还没有学习进度。进度将保存在 { $path }
progress-started = 学习中
progress-completed = 已完成
progress-line = 第 { $page }/{ $pages } 页 · { $questions } 题中首次答对 { $right } 题
progress-kept-in = 保存在 { $path }
progress-reset-needs-terminal = 没有终端可以确认，拒绝清除进度；如确需清除请加上 --yes
progress-reset-ask = 清除 { $path } 中的全部学习进度吗？[y/N]
progress-unchanged = 没有做任何改动。
progress-cleared = 学习进度已清除。
progress-cannot-remove = 无法删除 { $path }：{ $error }
progress-unreadable = 无法读取学习进度 { $path }：{ $error }
progress-corrupt-moved = 进度文件无法读取（{ $error }）；已将它另存为 { $path }，从头开始记录
progress-corrupt-stuck = 进度文件无法读取（{ $error }），也无法移到别处：{ $reason }
