package extract

import "testing"

// TestAgencyStudyGroup: a party committee's study group (理论中心组, 党组中心组)
// ends no name at its 中心; the party body before it stays. Not so: a centre
// before 组织 or 组建, one named 学习中心, and a centre with no 组 after it.
func TestAgencyStudyGroup(t *testing.T) {
	tests := []rowCase{
		{"召开党组理论中心组学习会。", ""},
		{"区民政局党组理论学习中心组召开会议。", "区民政局党组"},
		{"市民政局党委中心组开展专题学习。", "市民政局党委"},
		{"市社会福利中心组织召开会议。", "市社会福利中心"},
		{"区社会福利中心组建志愿服务队。", "区社会福利中心"},
		{"市社区学习中心组织居民学习。", "市社区学习中心"},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
