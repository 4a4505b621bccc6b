package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// garbledPre is a notice over its attachment: the grid follows it.
const garbledPre = `南阳市民政局关于做好养老服务重点任务的通知

各县（市、区）民政局：
现将养老服务重点任务清单印发给你们，请认真落实。

附件：南阳市养老服务重点任务清单

南阳市民政局
2021年6月1日

`

// garbledGrid is the attachment's grid as pdfminer prints it box by box:
// its figures in runs, head cells among them, the total row's division
// (南阳市) over the keyed lines (西峡县 6 …).
const garbledGrid = `附件

南阳市养老服务重点任务清单

单位 街道综合养老中心
特困供养机构
提升改造
目 标 数
完 成 数
前 占 比
南阳市

目 标 数

目 标 数

55

完 成 数
建 设 数

目 标 数
7
9

25.00%
3264 41.4% 55%

目 标 数
床 位 数
占
48
26.51%

西峡县 6

0
100
0%
100% 55%

内乡县 3

2002 347
1
33.33%

镇平县 4

0
0%
2

淅川县 9

0
55%
0%
4
23
3
13
8
55%
9
55%
4
6
21
3
40
1
33
322 建成
0%
55%
0
1
35.07%
`

// TestGarbledKeys68: a grid an extractor printed box by box (pdfminer),
// its figures in runs and its head cells among them, so that the reading
// keys rows by head cells (目标数 twice): its rows are the lines of a key
// and a figure (西峡县 6), under the line of the division they lie in
// (南阳市 over 西峡县 …, the total row). A grid whose rows read each with
// a key of its own, or with fewer than three key lines, is left as read.
func TestGarbledKeys68(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"garbled, the total row named by the area over the keys",
			garbledPre + garbledGrid,
			"南阳市养老服务重点任务清单 | 1 | 南阳市 西峡县 内乡县 镇平县 淅川县 | "},
		{"garbled, no total row",
			garbledPre + strings.Replace(garbledGrid, "前 占 比\n南阳市\n", "前 占 比\n", 1),
			"南阳市养老服务重点任务清单 | 1 | 西峡县 内乡县 镇平县 淅川县 | "},
		// Not this rule's: the grid is read as before (the last, too few
		// keys to read it by, stays as garbled as the extractor left it).
		{"not garbled: a row a line",
			garbledPre + `附件

南阳市养老服务重点任务清单

单位  目标数  完成数  占比  床位数
南阳市  55  7  12.73%  48
西峡县  6  0  0%  29
内乡县  3  1  33.33%  26
镇平县  4  0  0%  4
淅川县  9  0  0%  33
`,
			"南阳市养老服务重点任务清单 | 1 | 南阳市 西峡县 内乡县 镇平县 淅川县 | "},
		{"not garbled: cells a line, each row keyed once",
			garbledPre + `附件

南阳市养老服务重点任务清单
单位
街道综合养老中心
特困供养机构
目 标 数
完 成 数
占 比 缺 口 数
目 标 数
床 位 数
目 标 数
南阳市
55
7
12.73%
48
234
2763 目标
西峡县 6
0
0%
6
29
内乡县 3
1
33.33%
2
26
镇平县
4
0
0%
4
4
淅川县 9
0
0%
9
33
`,
			"南阳市养老服务重点任务清单 | 1 | 南阳市 西峡县 内乡县 镇平县 淅川县 | "},
		{"garbled, two key lines only",
			garbledPre + strings.NewReplacer("镇平县 4", "镇平 县", "淅川县 9", "淅川 县").Replace(garbledGrid),
			"南阳市养老服务重点任务清单 | 1 | 目标数 目标数 占 西峡县 内乡县 建成 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("tables\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
