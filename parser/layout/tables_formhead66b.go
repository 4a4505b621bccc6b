package layout

import (
	"strconv"
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
)

// formHead extends a statistical form's header over the rows printed
// under its column heads that name no record: a row of units (万元 万元
// 万元 …, each column's measure, as the 统计报表 of 民政统计 print it under
// the heads), and the row that numbers the
// columns (序号 1 2 5 6 …, 栏次 1 2 3 …, 甲 乙 1 2 3: increasing column
// numbers a 说明 refers to, 序号2=9+10+11+12). Both belong to the head, so
// the data rows are those under them.
func formHead(rows []Row, header int) int {
	for header < len(rows)-1 && (unitsRow(rows[header].Cells) || columnNumbers(rows[header].Cells)) {
		header++
	}
	return header
}

// unitMultiples are the multiples a unit of measure may open with in a
// statistical form's unit cell (万元, 亿元, 千人, 百户).
const unitMultiples = "万亿千百"

// unitsRow reports whether every filled cell of cells, two or more, is a
// unit of measure (元, 万元, 人, 户, 元/人月).
func unitsRow(cells []string) bool {
	n := 0
	for _, c := range cells {
		c = strings.TrimSpace(strings.Trim(c, "|｜ "))
		if c == "" {
			continue
		}
		v := strings.TrimLeft(c, unitMultiples)
		u, ok := lexicon.Units().Prefix(v)
		if !ok || len(u) != len(v) && v[len(u)] != '/' {
			return false
		}
		n++
	}
	return n >= 2
}

// columnNumbers reports whether cells number a form's columns: after a
// label of words, the letters of the columns of words (甲 乙 丙: 栏次) or
// none, three or more whole numbers that rise from 1 (序号 1 2 5 6 7 10 …,
// the columns a merged head spans left out). A row of data holds counts
// that rise only by chance, and rarely from 1 on.
func columnNumbers(cells []string) bool {
	nums := cells
	if len(nums) > 0 && !numberLike(nums[0]) {
		nums = nums[1:]
	}
	for len(nums) > 0 && cue.ColumnCode(nums[0]) {
		nums = nums[1:]
	}
	if len(nums) < 3 {
		return false
	}
	last := 0
	for _, c := range nums {
		n, err := strconv.Atoi(c)
		if err != nil || n <= last || last == 0 && n != 1 {
			return false
		}
		last = n
	}
	return true
}

// figureRow splits a row of a statistical form whose key is followed by
// figures alone, set one space apart where the columns are narrow and
// farther apart where a cell was left empty (龙浔镇 90 171 … 1136579   2000
// 110989): each figure is a cell; the runs of spaces part no group of
// words.
func figureRow(text string) ([]string, bool) {
	t := strings.TrimSpace(text)
	if !strings.Contains(t, "  ") || strings.ContainsAny(t, "|\t") {
		return nil, false
	}
	f := strings.Fields(t)
	if len(f) < 4 || numberLike(f[0]) {
		return nil, false
	}
	for _, c := range f[1:] {
		if !numberLike(c) {
			return nil, false
		}
	}
	return f, true
}
