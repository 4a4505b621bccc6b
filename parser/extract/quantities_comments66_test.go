package extract

import "testing"

// TestQuantitiesComments66: the counters of a news site's comment box
// (评论 0人参与,0条评论; 已有0人参与,点击查看更多精彩评论; the box's lines run
// into one) count the page's readers, no amount of the text. Not so: a
// count of people taking part in an event, in a sentence that names no
// comment box, and a figure whose measure word the box's act does not
// follow.
func TestQuantitiesComments66(t *testing.T) {
	tests := []rowCase{
		{"评论 0人参与,0条评论", ""},
		{"已有0人参与,点击查看更多精彩评论", ""},
		{"评论0人参与,0条评论还没有评论,快来抢沙发吧!", ""},
		{"已有12人跟帖", ""},

		// Amounts of the text.
		{"活动共有200余人参与,气氛热烈。", "200 人"},
		{"全市已有3000人参与志愿服务。", "3000 人"},
		{"座谈会上,5名代表发表评论。", "5 名"},
		{"评论区开通后,共收到意见30条。", "30 条"},
	}
	checkRows(t, tests, "quantities", amountRows)
}
