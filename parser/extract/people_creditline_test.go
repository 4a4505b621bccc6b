package extract

import "testing"

// TestPeopleCreditLine: a credit line with no bracket at a report's foot
// (某某 记者 某某) credits the bare names before the byline's noun as
// writers with no role; a line with a field of anything else, the label
// first or last, or a verb's label reads no bare name.
func TestPeopleCreditLine(t *testing.T) {
	tests := []rowCase{
		{"石棉县民政局开展了宣传活动。\n姜大欣 记者 王敏子", "王敏子 记者 [记者]; 姜大欣 -"},
		{"会议召开。\n周敏 何佳 通讯员 孙海", "孙海 通讯员 [通讯员]; 周敏 -; 何佳 -"},
		{"会议召开。\n县民政局 周敏 记者 孙海", "孙海 记者 [记者]; 周敏 -"},
		// No bare name.
		{"会议召开。\n记者 王敏子", "王敏子 记者 [记者]"},
		{"会议召开。\n图文 记者 孙海", "孙海 记者 [记者]"},
		{"会议召开。\n钱立新 审核 孙海", "孙海 审核 [审核]"},
		{"会议召开。\n全县 记者 节日 活动", ""},
	}
	checkRows(t, tests, "people", personRows)
}
