package extract

import "testing"

// TestPeopleCommaCredit: in a closing credit, a name after the comma that
// sets off its unit or outlet is a credit with no role; a comma between
// two names, or words that are no name after it, changes nothing.
func TestPeopleCommaCredit(t *testing.T) {
	tests := []rowCase{
		{"局长说，将做好工作。(今日十二师,贾芦桐 蒙乾斌)", "蒙乾斌 -; 贾芦桐 -"},
		{"局长说，将做好工作。(某某日报，贾芦桐 蒙乾斌)", "蒙乾斌 -; 贾芦桐 -"},

		// The comma sets off no unit, or no name follows it.
		{"局长说，将做好工作。(贾芦桐,蒙乾斌)", ""},
		{"局长说，将做好工作。(详见附件,工作方案 蒙乾斌)", "蒙乾斌 -"},
		{"局长说，将做好工作。(今日十二师,2022年9月)", ""},
	}
	checkRows(t, tests, "people", personRows)
}
