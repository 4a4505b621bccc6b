package extract

import "testing"

// People from reviewer 23: a forum's edit stamp (本帖最后由 某某 于 时间
// 编辑) ends with 编辑 as its verb, and a field label that opens the next
// line (索引号:) is no one's name.
func TestPeopleReview25EditStamp(t *testing.T) {
	tests := []rowCase{
		{"本帖最后由 张三 于 2014-7-10 09:37 编辑\n王小明", ""},
		{"本帖最后由 烽火荆州 于 2014-7-10 09:37 编辑\n索引号:000014688/2014-00079\n主题分类:民政", ""},
		{"局长\n索引号:000014688", ""},
		// Positives: a credit label at a time with its value on its
		// line, and one whose name wraps to the next line.
		{"发布时间:2024-09-05 16:56 编辑:叶亚运\n正文", "叶亚运 编辑 [编辑]"},
		{"责任编辑\n王小明", "王小明 责任编辑 [责任编辑]"},
		{"审核:陈美文\n", "陈美文 审核 [审核]"},
		{"民政局局长\n李明:今年我们将继续推进。", "李明 局长 [局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

// People from reviewers 20 and 21: 政协 before a title is the body the
// title belongs to, an agency, not part of the role (GOLD.md: 市委书记王智慧
// → 书记); 政协委员 and 政协提案 with no name give no person.
func TestPeopleReview25Committee(t *testing.T) {
	tests := []rowCase{
		{"政协副主席史文英讲话。", "史文英 副主席 [副主席]"},
		{"旗人大常委会副主任提名人选、政协副主席史文英等出席会议。", "史文英 副主席 [副主席]"},
		{"县政协副主席蒋昌智出席会议。", "蒋昌智 副主席 [副主席] @县政协"},
		{"政协委员王芳出席。", "王芳 委员 [委员]"},
		// Negatives: the titles and the body with no name.
		{"会上,政协委员提出建议。", ""},
		{"区政协提案办理工作会议召开。", ""},
		{"全县政协委员参加。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
