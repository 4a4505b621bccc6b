package extract

import "testing"

// TestAgencyPartySchool: the Party school a committee runs (市委党校, 县委
// 党校) is an institution named by the committee before it. Not so: a
// Party school named by no committee or place, a class of schools, and the
// school's training as an activity.
func TestAgencyPartySchool(t *testing.T) {
	checkRows(t, []rowCase{
		{"负责市委党校医学观察点的后期保障。", "市委党校"},
		{"在县委党校举办培训班。", "县委党校"},
		{"岳阳市委党校教授授课。", "岳阳市委党校"},
		// Must not fire.
		{"组织干部到党校参加培训。", ""},
		{"各级党校要加强教学。", ""},
		{"参加党校学习的干部返岗。", ""},
	}, "agencies", agencyTextRows)
}
