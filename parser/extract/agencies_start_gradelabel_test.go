package extract

import "testing"

// TestAgencyStartGradeLabel: a grading list's label (三级养老机构) before a
// body's place is no part of its name. Not so: a grade with no place after
// it, and a name with no grade.
func TestAgencyStartGradeLabel(t *testing.T) {
	checkRows(t, []rowCase{
		{"三级养老机构昆山市福利院。", "昆山市福利院"},
		{"二级养老机构昆山市千灯镇敬老院。", "昆山市千灯镇敬老院"},
		// Must not fire.
		{"昆山市福利院开展活动。", "昆山市福利院"},
		{"市一级社会组织评估。", ""},
		{"县第三社会福利院开展活动。", "县第三社会福利院"},
	}, "agencies", agencyTextRows)
}

// TestGradeBeforePlace: a line that holds a grade label and a place after
// it is a heading run into a name.
func TestGradeBeforePlace(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"昆山市三级养老机构昆山市福利院", true},
		{"昆山市玉山福利院", false},
		{"一级社会组织", false},
	} {
		if got := gradeBeforePlace(c.text); got != c.want {
			t.Errorf("gradeBeforePlace(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
