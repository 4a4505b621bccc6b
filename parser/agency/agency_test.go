package agency

import "testing"

func TestShape(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"南阳市民政局办公室", true},
		{"县（市、区）民政局", true},
		{"国务院", true},
		{"民政局", true},
		{"宁夏回族自治区民政厅", true},
		{"某县老龄办", true},
		// Not the shape of a name.
		{"市局", false},
		{"支队", false},
		{"市民政局召开会议", false},
		{"某县业务培训班在湖南举办", false},
		{"由市民政局主办", false},
		{"Nanyang Civil Affairs", false},
		{"", false},
		{"2025年6月3日", false},
	}
	for _, tc := range tests {
		if got := Shape(tc.in); got != tc.want {
			t.Errorf("Shape(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if !Shapes("南阳市民政局 南阳市财政局") || Shapes("南阳市民政局 召开") || Shapes("") {
		t.Errorf("Shapes wrong on co-issuers")
	}
}

func TestOne(t *testing.T) {
	tests := []struct {
		in   string
		weak bool
		want bool
	}{
		{"南阳市民政局", false, true},
		{"市民政局", false, true},
		{"局机关各处室", false, false}, // 各 inside: the units one by one
		{"编办", false, true},      // a short name that is a word of its own
		{"大操大办", false, false},
		{"市民政局各科室", false, false},
		{"各县民政局", false, false},
		{"国务院", false, true},
		{"民政部", false, true},
		{"市文明办", false, true},
		{"南阳市消防救援支队防火监督科", false, true},
		{"南阳市慈善总会", true, true},
		// A kind or a class of bodies, or a word.
		{"民政局", false, false},
		{"党委政府", false, false},
		{"日间照料中心", false, false},
		{"城市社区居民委员会", false, false}, // a kind after a class of places
		{"阳光社区居民委员会", false, true},
		// A whole division's committee whose remit opens with an area word.
		{"全国城乡社区治理评审委员会", false, true},
		{"全县农村村民委员会", false, false}, // a kind every village has
		{"全省各级评审委员会", false, false}, // 各级 counts bodies
		{"各县民政部门", false, false},
		{"大操大办", false, false},
		{"养老服务中心", true, false},
		{"局", false, false},
		// A government is a division's, named by its name or level.
		{"市政府", false, true},
		{"洪桥镇政府", false, true},
		{"南阳市人民政府", false, true},
		{"中央人民政府", false, true},
		{"民政局政府", false, false},
		{"本行政区域内政府", false, false},
	}
	for _, tc := range tests {
		if got := One(tc.in, tc.weak); got != tc.want {
			t.Errorf("One(%q, %v) = %v, want %v", tc.in, tc.weak, got, tc.want)
		}
	}
}

func TestLevels(t *testing.T) {
	tests := []struct {
		in        string
		locality  bool
		level     string
		upperHere bool
	}{
		{"市民政局", true, "市", true},
		{"区民政局", true, "县", true},
		{"镇福利院", true, "乡", false},
		{"国家民政部", true, "", false},
		{"自治区民政厅", true, "", false},
		{"南阳市民政局", true, "", false},
		// No locality.
		{"村委会", false, "", false},
		{"民政局", false, "", false},
		{"社区服务中心", false, "", false},
		{"街道办事处", false, "", false},
		{"区划地名股", false, "", false},
	}
	for _, tc := range tests {
		if got := HasLocality(tc.in); got != tc.locality {
			t.Errorf("HasLocality(%q) = %v, want %v", tc.in, got, tc.locality)
		}
		if got := OneCharLevel(tc.in); got != tc.level {
			t.Errorf("OneCharLevel(%q) = %q, want %q", tc.in, got, tc.level)
		}
		if got := UpperLevelAt(tc.in, 0); got != tc.upperHere {
			t.Errorf("UpperLevelAt(%q, 0) = %v, want %v", tc.in, got, tc.upperHere)
		}
	}
	if w, l, ok := LevelAt("朝天门街道办事处", len("朝天门")); !ok || w != "街道" || l != "乡" {
		t.Errorf("LevelAt(街道) = %q %q %v", w, l, ok)
	}
	if _, _, ok := LevelAt("民政局", 0); ok {
		t.Errorf("LevelAt(民政局) found a level")
	}
}

func TestDivision(t *testing.T) {
	for in, want := range map[string]bool{
		"四铺镇": true, "通道县": true, "龙山街道": false, // 街道 opens no short name
		"镇": false, "四铺镇民政办": false, "长城网": false, "Abc镇": false,
	} {
		if got := Division(in); got != want {
			t.Errorf("Division(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestWhole covers a whole division's one body (全区…委员会, 全国妇联) and
// the classes a whole division's words name (全市养老机构).
func TestWhole(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"全区社会组织评估委员会", true},
		{"全国老龄工作委员会办公室", true},
		{"全国妇联", true},
		{"全国人大常委会", true},
		// The office of a field's work over the whole division.
		{"全国残疾人康复工作办公室", true},
		{"全国老龄工作领导小组", true},
		// Every body of a kind.
		{"全市居民委员会", false},
		{"全市办公室", false},
		{"全县工作办公室", false},
		{"全市各级民政工作办公室", false},
		{"全县村民委员会", false},
		{"全市养老服务中心", false},
		{"全省各级残疾人工作委员会", false},
		{"全市协会", false},
		{"市民政局", false},
	}
	for _, tc := range tests {
		if got := Whole(tc.in); got != tc.want {
			t.Errorf("Whole(%q) = %v, want %v", tc.in, got, tc.want)
		}
		if got := One(tc.in, true); got != tc.want && tc.in != "市民政局" {
			t.Errorf("One(%q, weak) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestOneWeakSocial covers a social body's name after a guessed start:
// its field stated in two characters at the least (残疾人协会), not the one
// character a meeting's verb leaves before the ending (面商|会).
func TestOneWeakSocial(t *testing.T) {
	tests := []struct {
		in   string
		weak bool
		want bool
	}{
		{"残疾人协会", true, true},
		{"老年协会", true, true},
		{"县商会", true, true},
		{"面商会", false, true}, // found at a boundary: the words are the name's
		{"面商会", true, false},
		{"谈学会", true, false},
	}
	for _, tc := range tests {
		if got := One(tc.in, tc.weak); got != tc.want {
			t.Errorf("One(%q, %v) = %v, want %v", tc.in, tc.weak, got, tc.want)
		}
	}
}

func TestFirst(t *testing.T) {
	tests := []struct{ in, want string }{
		{"省民政厅 省财政厅", "省民政厅"},
		{"南阳市民政局、南阳市财政局", "南阳市民政局"},
		{"市民政局市财政局", "市民政局"},
		{"省民政厅省财政厅省人力资源社会保障厅", "省民政厅"},
		{"南阳市民政局南阳市财政局", "南阳市民政局"},
		{"市民政局", "市民政局"},
		// One body and its unit, or a unit whose first word is no level.
		{"南阳市民政局办公室", "南阳市民政局办公室"},
		{"市民政局市场监管科", "市民政局市场监管科"},
		{"县民政局社会救助股", "县民政局社会救助股"},
		{"中共南阳市委组织部", "中共南阳市委组织部"},
		{"国家税务总局杭州市西湖区税务局", "国家税务总局杭州市西湖区税务局"},
		{"杭州市公安局西湖区分局", "杭州市公安局西湖区分局"},
		{"杭州市民政局杭州市财政局", "杭州市民政局"},
		// Apart by spaces: co-issuers only where a body of its own follows.
		{"国家发展改革委 民政部 财政部", "国家发展改革委"},
		{"某市人民政府 办公室", "某市人民政府办公室"},
		{"某 县 民 政 局", "某县民政局"},
	}
	for _, tc := range tests {
		if got := First(tc.in); got != tc.want {
			t.Errorf("First(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
