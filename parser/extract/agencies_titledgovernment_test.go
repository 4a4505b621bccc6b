package extract

import "testing"

// TestAgencyTitledGovernment: a government named by its ending alone
// right before its head's title ([副]县长, 区长) and name is the one of the
// place the text is about, in a text that names a body by its place; the
// hour or the day before it is the figure's. With no body placed in the
// text, no head's name after the title, a title that is no division's
// head, or a word of category before it, it names none.
func TestAgencyTitledGovernment(t *testing.T) {
	checkRows(t, []rowCase{
		{"县民政局开展检查。18日,政府副县长刘建平带领检查组检查。", "县民政局; 政府"},
		{"区民政局开展慰问。早上10点政府副区长曹忠林来到敬老院。", "区民政局; 政府"},
		{"县民政局开展检查。会上,政府县长张三讲话。", "县民政局; 政府"},
		// Must not fire.
		{"会上,政府副县长张三讲话。", ""},
		{"县民政局开展检查。会上,政府副县长讲话。", "县民政局"},
		{"县民政局开展检查。要求各级政府县长亲自抓。", "县民政局"},
		{"县民政局开展检查。会上,政府秘书长张三讲话。", "县民政局"},
		{"县民政局开展检查。在第3排政府副县长张三讲话。", "县民政局"},
	}, "agencies", agencyNames)
}
