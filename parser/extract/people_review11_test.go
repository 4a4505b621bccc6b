package extract

import "testing"

// TestPeopleReview11 covers the byline that credits bare names with a verb
// after them, the line holding nothing else (商铮 报道, 张三 摄): each name
// is a person with no role. A sentence that tells of a report, an outlet
// and the verb, or a titled reporter name no one by this rule.
func TestPeopleReview11(t *testing.T) {
	tests := []rowCase{
		{"商铮 报道\n本报讯 2月28日,全市民政工作会召开。", "商铮 -"},
		{"会议现场。\n张伟 摄", "张伟 -"},
		{"李明 王芳 摄影", "李明 -; 王芳 -"},
		{"刘洋 供稿", "刘洋 -"},
		{"记者 王军 报道", "王军 记者 [记者]"},
		// No bylines.
		{"新华社 报道", ""},
		{"据新华社报道,全国共有养老机构4万家。", ""},
		{"媒体对此次会议进行了报道。", ""},
		{"专题 报道", ""},
		{"商铮 报道 全市民政工作会召开", ""},
	}
	checkRows(t, tests, "people", personRows)
}
