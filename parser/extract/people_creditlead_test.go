package extract

import "testing"

// TestPeopleCreditLead: a byline bracket that prints bare names before its
// first label (本报讯(张三 记者 李四)) credits them too, with no role; a body
// or a paper before them credits the names after it. A bracket whose lead
// is no name, whose label is an office or a verb's, or that labels no one
// after it, reads no bare name here.
func TestPeopleCreditLead(t *testing.T) {
	tests := []rowCase{
		{"本报讯(钱立新 记者 孙海)3月2日,记者从市民政局获悉。", "孙海 记者 [记者]; 钱立新 -"},
		{"本报讯(周敏 何佳 通讯员 孙海)近日,县民政局召开会议。", "孙海 通讯员 [通讯员]; 周敏 -; 何佳 -"},
		{"某某网讯(区民政局 周敏 记者 孙海)近日召开会议。", "孙海 记者 [记者]; 周敏 -"},
		{"新华社北京3月5日电(钱立新 实习生 孙海)今天召开会议。", "孙海 实习生 [实习生]; 钱立新 -"},
		{"养老院改造完成。(周敏 记者 孙海)", "孙海 记者 [记者]; 周敏 -"},

		// No bare name: the lead is a paper's name alone, a word, or the
		// label is an office, a verb's label, or comes first.
		{"本报讯(某某日报 记者 孙海)近日召开会议。", "孙海 记者 [记者]"},
		{"本报讯(图文 记者 孙海)近日召开会议。", "孙海 记者 [记者]"},
		{"本报讯(通讯员 周敏 记者 孙海)近日召开会议。", "周敏 通讯员 [通讯员]; 孙海 记者 [记者]"},
		{"本报讯(近日 记者 孙海)召开会议。", "孙海 记者 [记者]"},
		{"本报讯(钱立新 审核 孙海)近日召开会议。", "孙海 审核 [审核]"},
		{"本报讯(全市 记者 孙海)近日召开会议。", "孙海 记者 [记者]"},
	}
	checkRows(t, tests, "people", personRows)
}
