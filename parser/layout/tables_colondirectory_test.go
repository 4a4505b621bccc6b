package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestColonDirectories: an attachment that lists bodies, each name alone
// on its line closed by a colon and its numbers on the lines under it, is
// one table titled by the attachment's name, a row each body, keyed by
// its name; the page's chrome under them closes them, and a grid right
// under them is read apart. A heading that another reader read as a
// table's, a name with no number under it, one entry alone, a line of
// text among them, a number before any name, or no attachment's heading
// over them leaves the lines as read, none made the directory's.
func TestColonDirectories(t *testing.T) {
	notice := "某市民政局关于做好祭扫服务工作的通告\n\n一、各殡葬服务机构要做好预约工作。\n\n二、倡导文明祭扫。\n\n某市民政局\n\n2024年3月20日\n\n"
	lines := func(ls ...string) string { return strings.Join(ls, "\n\n") + "\n" }
	tests := []struct{ name, text, grids string }{
		{"names and their numbers under an attachment's heading",
			notice + lines("附件1:某市各殡葬服务单位咨询电话", "某市第一殡仪馆:", "0000-1234567", "某县殡仪馆:", "0000-7654321(上午)", "7654322(全天)", "某区公墓:", "0000"),
			"某市各殡葬服务单位咨询电话 | 0 | 某市第一殡仪馆 某县殡仪馆 某区公墓 | "},
		{"the page's chrome right under them (分享到:)",
			notice + lines("附件1:某市各殡葬服务单位咨询电话", "某市第一殡仪馆:", "0000-1234567", "某县殡仪馆:", "0000-7654321", "分享到:"),
			"某市各殡葬服务单位咨询电话 | 0 | 某市第一殡仪馆 某县殡仪馆 | "},
		{"a grid in bars right under them, read apart",
			notice + lines("附件1:某市各殡葬服务单位咨询电话", "某市第一殡仪馆:", "0000-1234567", "某县殡仪馆:", "0000-7654321", "| 单位 | 电话 |", "| 某所 | 0000-1111111 |"),
			"某市各殡葬服务单位咨询电话 | 0 | 某市第一殡仪馆 某县殡仪馆 | ; - | 1 | 某所 | "},
		// Left as read.
		{"a heading that another reader read as a table's: its grid run into the line",
			notice + lines("附件1: 某县补助金汇总表 乡镇 | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 4 | 4000 |", "某市第一殡仪馆:", "0000-1234567", "某县殡仪馆:", "0000-7654321"),
			"某县补助金汇总表 | 1 | 甲镇 乙镇 | "},
		{"a name with no number under it",
			notice + lines("附件1:某市各殡葬服务单位咨询电话", "某市第一殡仪馆:", "0000-1234567", "某县殡仪馆:", "某区公墓:", "0000-2345678"),
			""},
		{"one entry alone",
			notice + lines("附件1:某市殡仪馆咨询电话", "某市第一殡仪馆:", "0000-1234567"),
			""},
		{"a line of text among them",
			notice + lines("附件1:某市各殡葬服务单位咨询电话", "某市第一殡仪馆:", "0000-1234567", "请提前预约。", "某县殡仪馆:", "0000-7654321"),
			""},
		{"a number before any name",
			notice + lines("附件1:某市各殡葬服务单位咨询电话", "0000-1234567", "某市第一殡仪馆:", "0000-7654321", "某县殡仪馆:", "0000-2345678"),
			""},
		{"no attachment's heading over them",
			notice + lines("某市第一殡仪馆:", "0000-1234567", "某县殡仪馆:", "0000-7654321"),
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			if got := gridSummary(d); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
			// Lines left as read keep the decoder's roles: none is
			// made a table's.
			for _, l := range d.Lines {
				if tc.grids == "" && l.Role == cue.Table {
					t.Errorf("line %d %q read as a table's", l.Num, l.Text)
				}
			}
		})
	}
}

// TestColonNumber: a number to call opens with a figure and holds no
// word outside its brackets (its hours); a name, a sentence with figures,
// an unclosed bracket, a bracket before the figures are none.
func TestColonNumber(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"0000-1234567", true},
		{"0000-7654321(上午)", true},
		{"7654322（全天）", true},
		{"0000", true},
		// Not a number.
		{"某市第一殡仪馆:", false},
		{"3月20日起预约", false},
		{"0000-7654321(上午", false},
		{"（全天）7654322", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := colonNumber(tc.s); got != tc.want {
			t.Errorf("colonNumber(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestColonName: a body's name alone closed by a colon; words with a
// figure, a clause, a label and its value, or no colon are none.
func TestColonName(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"某市第一殡仪馆:", true},
		{"某县殡仪馆、公墓：", true},
		// Not a name.
		{"某市2号殡仪馆:", false},
		{"请于清明节前，提前预约:", false},
		{"地址:某市某路:", false},
		{"某市第一殡仪馆", false},
		{"0000:", false},
	}
	for _, tc := range tests {
		if got := colonName(tc.s); got != tc.want {
			t.Errorf("colonName(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
