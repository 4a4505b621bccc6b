package chrono

// dayJoiners are the conjunctions that join the last day of a list to the
// day before it, as 、 joins the others (4月24日和25日, 3月1日、2日及5日):
// 《标点符号用法》(GB/T 15834-2011) §4.5 sets 、 between items of a list and
// lets 和, 及, 与 stand for it before the last. The day after one shares the
// month of the day before, as a day after 、 does.
var dayJoiners = []string{"、", "和", "及", "与"}

// dayJoinerAt is the byte length of the mark or conjunction at i of s that
// joins a day to the one before it, or 0. After a conjunction the day must
// close with its own 日 (和25日): a number alone after 和 (和5个) is none.
func dayJoinerAt(s string, i int) (n int, conj bool) {
	for _, w := range dayJoiners {
		if hasPrefixAt(s, i, w) {
			return len(w), w != "、"
		}
	}
	return 0, false
}
