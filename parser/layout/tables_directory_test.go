package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestDirectoryTable: an attachment that lists bodies and their numbers,
// name and number one space apart, under group labels of a line each, is
// one table titled by the attachment's name; the labels are no rows but
// the last cell of the rows under them, and no row is a header. Lines that
// look alike but list no bodies stay text.
func TestDirectoryTable(t *testing.T) {
	notice := "某市民政局关于做好祭扫服务工作的通告\n一、各殡葬服务机构要做好预约工作。\n二、倡导文明祭扫。\n某市民政局\n2024年3月20日\n"
	tests := []struct {
		name, text string
		grids      string
		last       string // the first data row's last cell
	}{
		{"groups under an attachment's name",
			notice + "附：某市殡葬服务机构联系方式\n殡仪馆\n某市殡仪馆 0000—1234567\n乙 县殡仪馆 0000—7654321\n公益性公墓\n某县城南公墓 0000—2345678\n某区福山陵园 0000—3456789\n",
			"某市殡葬服务机构联系方式 | 0 | 某市殡仪馆 乙县殡仪馆 某县城南公墓 某区福山陵园 | ", "殡仪馆"},
		{"no groups",
			notice + "附：某市婚姻登记处联系方式\n某市婚姻登记处 0000-1234567\n某县婚姻登记处 0000-7654321\n某区婚姻登记处 13812345678\n",
			"某市婚姻登记处联系方式 | 0 | 某市婚姻登记处 某县婚姻登记处 某区婚姻登记处 | ", "0000-1234567"},
		// Not a directory.
		{"phone lines under their labels",
			notice + "咨询电话 0000-1234567\n监督电话 0000-7654321\n", "", ""},
		{"one body and its number",
			notice + "附：某市殡仪馆 0000-1234567\n", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			if got := gridSummary(d); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
			if tc.last == "" || len(d.Blocks) == 0 {
				return
			}
			b := d.Blocks[0]
			if r := b.Rows[b.Header].Cells; r[len(r)-1] != tc.last {
				t.Errorf("first row %q, want its last cell %q", r, tc.last)
			}
		})
	}
}
