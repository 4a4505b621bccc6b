package hant

import "testing"

func TestMap(t *testing.T) {
	cases := []struct{ in, want string }{
		// traditional to simplified
		{"勃利縣財政局", "勃利县财政局"},
		{"省政府辦公廳", "省政府办公厅"},
		{"72小時", "72小时"},
		{"責任編輯: 吉政", "责任编辑: 吉政"},
		{"武警部隊", "武警部队"},
		{"堯都區", "尧都区"},
		// one-to-many in OpenCC whose other forms are rare variants of
		// the extension planes: the first form
		{"江蘇省民政廳召開黨組會議", "江苏省民政厅召开党组会议"},
		{"抗戰時期購買", "抗战时期购买"},
		// one-to-many in OpenCC whose other forms lie outside GB 2312,
		// rare variants too: the first form
		{"每天計劃預約120對", "每天计划预约120对"},
		{"委託", "委托"},
		{"熱線電話", "热线电话"},
		// one-to-many in OpenCC: left as printed
		{"乾隆", "乾隆"},
		{"關於", "关於"},
		{"覆蓋", "覆盖"},
		{"畫圖", "畫图"},
		// nothing to map
		{"勃利县财政局", "勃利县财政局"},
		{"2025-08-20 ABC", "2025-08-20 ABC"},
		{"", ""},
	}
	for _, c := range cases {
		got := Map(c.in)
		if got != c.want {
			t.Errorf("Map(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("Map(%q) changed the length: %d, want %d", c.in, len(got), len(c.in))
		}
	}
}

func TestForm(t *testing.T) {
	text := "發布日期:2025-08-20 來源:勃利縣民政局\n勃利縣財\n政局\n勃利县民政局"
	p := NewPrinted(text)
	cases := []struct {
		s           string
		first, last int
		want        string
	}{
		{"勃利县民政局", 1, 1, "勃利縣民政局"},
		{"勃利县财政局", 2, 3, "勃利縣財政局"}, // broken over two lines
		{"勃利县民政局", 4, 4, "勃利县民政局"}, // printed simplified there
		{"来源", 0, 0, "來源"},         // no line: the whole text
		// not read from the text: as it is
		{"市民政局", 1, 1, "市民政局"},
		{"县", 1, 1, "縣"},
		{"2025-08-20", 1, 1, "2025-08-20"},
		{"文件", 1, 1, "文件"},
	}
	for _, c := range cases {
		if got := p.Form(c.s, c.first, c.last); got != c.want {
			t.Errorf("Form(%q, %d, %d) = %q, want %q", c.s, c.first, c.last, got, c.want)
		}
	}
}

type span struct{ Line, EndLine int }

type agency struct {
	Name  string
	Level string `jsonschema:"enum=省,enum=市,enum=县"`
	span
}

type found struct {
	Agencies []agency
	Cells    [][]any
	Evidence map[string]agency
	Title    *string
}

func TestRestore(t *testing.T) {
	p := NewPrinted("勃利縣財政局\n惠民廳 72小時\n乾隆")
	title := "惠民厅"
	v := found{
		Agencies: []agency{{Name: "勃利县财政局", Level: "县", span: span{1, 1}}},
		Cells:    [][]any{{"72小时", 72, "乾隆"}},
		Evidence: map[string]agency{"issuer": {Name: "勃利县财政局", Level: "县", span: span{1, 0}}},
		Title:    &title,
	}
	p.Restore(&v)
	if a := v.Agencies[0]; a.Name != "勃利縣財政局" || a.Level != "县" {
		t.Errorf("agency = %+v, want name 勃利縣財政局 and level 县 (an enum is vocabulary)", a)
	}
	if c := v.Cells[0]; c[0] != "72小時" || c[1] != 72 || c[2] != "乾隆" {
		t.Errorf("cells = %v", c)
	}
	if e := v.Evidence["issuer"]; e.Name != "勃利縣財政局" || e.Level != "县" {
		t.Errorf("evidence = %+v", e)
	}
	if *v.Title != "惠民廳" {
		t.Errorf("title = %q", *v.Title)
	}
	// A text with nothing traditional: nothing is touched.
	q := NewPrinted("勃利县财政局")
	w := found{Agencies: []agency{{Name: "勃利县财政局", Level: "县"}}}
	q.Restore(&w)
	if q.Changed() || w.Agencies[0].Name != "勃利县财政局" {
		t.Errorf("simplified text changed: %+v", w)
	}
}
