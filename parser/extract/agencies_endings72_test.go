package extract

import "testing"

// TestAgencyEndings72: a branch centre (分中心) is named whole with the
// centre and the area before it, and a university's department (学系)
// with the university. Not so: 学系 inside other words (科学系统, 学系列),
// and a 分中心 with no name before it.
func TestAgencyEndings72(t *testing.T) {
	tests := []rowCase{
		{"海淀区未成年人关爱保护中心南部分中心揭牌。", "海淀区未成年人关爱保护中心南部分中心"},
		{"市社会福利中心东分中心开展活动。", "市社会福利中心东分中心"},
		{"专家来自北京大学社会学系、北京邮电大学经管学院。", "北京大学社会学系; 北京邮电大学经管学院"},
		{"推进数据科学系统建设。", ""},
		{"开展党史学系列活动。", ""},
		{"各分中心要做好服务。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
