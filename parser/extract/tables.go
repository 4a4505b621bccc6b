package extract

import (
	"bulletin/parser/chrono"
	"regexp"
	"strconv"
	"strings"

	"bulletin/schema"
)

// Tables reads the grids of cells the layout found (tab-separated blocks,
// space-aligned columns, Markdown tables): the title above them, the header
// rows merged into one path per column (街道综合养老中心/目标数), the data
// rows with numbers and percentages typed and empty cells kept as null, and
// the note lines under them (任务提示).
type Tables struct{}

func (Tables) Name() string          { return "tables" }
func (Tables) Requires() []Extractor { return nil }

var (
	numberRe      = regexp.MustCompile(`^[-+]?\d[\d,]*(?:\.\d+)?$`)
	percentCellRe = regexp.MustCompile(`^([-+]?\d+(?:\.\d+)?)%$`)
)

func (Tables) Extract(in *Input, out *schema.Entities) any {
	var ref chrono.Ref
	if in.Env != nil {
		ref = in.Ref()
	}
	for _, b := range in.Blocks {
		if len(b.Rows) == 0 {
			continue
		}
		width := 0
		for _, r := range b.Rows {
			width = max(width, len(r.Cells))
		}
		var header [][]string
		for _, r := range b.Rows[:b.Header] {
			header = append(header, r.Cells)
		}
		t := schema.Table{Columns: columns(header, width), Rows: [][]any{}}
		kinds := make([]string, width)
		for _, r := range b.Rows[b.Header:] {
			row := make([]any, len(r.Cells))
			for c, cell := range r.Cells {
				v, kind := typed(cell, ref)
				row[c] = v
				kinds[c] = merge(kinds[c], kind)
			}
			t.Rows = append(t.Rows, row)
		}
		for c := range t.Columns {
			t.Columns[c].Type = kinds[c]
			if t.Columns[c].Type == "" {
				t.Columns[c].Type = "empty"
			}
		}
		if b.Title != nil {
			title := b.Title.Value
			t.Title = &title
			t.Found = found(b.Title.Text, 0, b.Title.Text.Len(), "tables/grid")
		} else {
			first := b.Rows[0].Text
			t.Found = found(first, 0, first.Len(), "tables/grid")
		}
		if last := b.Rows[len(b.Rows)-1].Line; last > t.Line {
			t.EndLine = last
		}
		for _, n := range b.Notes {
			t.Notes = append(t.Notes, n.Value)
		}
		out.Tables = append(out.Tables, t)
	}
	return nil
}

// columns merges the header rows into one path per column. A header cell
// left empty under a merged heading takes the heading from its left.
func columns(header [][]string, width int) []schema.Column {
	out := make([]schema.Column, width)
	for c := 0; c < width; c++ {
		var parts []string
		for h, row := range header {
			label := cellAt(row, c)
			if label == "" && h < len(header)-1 {
				for k := c - 1; k >= 0 && label == ""; k-- {
					label = cellAt(row, k)
					if cellAt(header[len(header)-1], k) == "" && k < c {
						break // the heading on the left stands alone
					}
				}
			}
			if label != "" && (len(parts) == 0 || parts[len(parts)-1] != label) {
				parts = append(parts, label)
			}
		}
		out[c].Path = strings.Join(parts, "/")
	}
	return out
}

func cellAt(row []string, c int) string {
	if c < len(row) {
		return row[c]
	}
	return ""
}

// typed reads a cell: a date (as ISO, resolved against ref), a number, a
// percentage (as its number), null for an empty cell, or the text. A date
// is read first: 2019.06 is June 2019, not the number 2019.06.
func typed(cell string, ref chrono.Ref) (any, string) {
	if d, ok := wholeDate(cell, ref); ok {
		return d, "date"
	}
	switch {
	case cell == "":
		return nil, ""
	case !strings.ContainsRune("+-0123456789", rune(cell[0])):
		return cell, "text" // a number opens with a sign or a digit
	case len(cell) > 1 && cell[0] == '0' && cell[1] >= '0' && cell[1] <= '9':
		return cell, "text" // a leading zero: a code or a telephone number, no quantity
	case numberRe.MatchString(cell):
		if v, err := strconv.ParseFloat(strings.ReplaceAll(cell, ",", ""), 64); err == nil {
			return v, "number"
		}
	case percentCellRe.MatchString(cell):
		m := percentCellRe.FindStringSubmatch(cell)
		if v, err := strconv.ParseFloat(m[1], 64); err == nil {
			return v, "percent"
		}
	}
	return cell, "text"
}

// wholeDate is the ISO value of a cell that is one date and nothing else
// (2019.06, 2021年3月5日), with its year known.
func wholeDate(cell string, ref chrono.Ref) (string, bool) {
	if cell == "" || !strings.ContainsAny(cell, "0123456789年月") {
		return "", false
	}
	es := chrono.Find(cell, ref)
	if len(es) != 1 || es[0].Start != 0 || es[0].End != len(cell) || es[0].Value == "" {
		return "", false
	}
	if es[0].Kind != chrono.Day && es[0].Kind != chrono.Month {
		return "", false
	}
	return es[0].Value, true
}

// merge combines what a column has held so far with the kind of one cell.
func merge(col, cell string) string {
	switch {
	case cell == "":
		return col
	case col == "" || col == cell:
		return cell
	}
	return "mixed"
}
