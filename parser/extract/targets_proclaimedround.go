package extract

// Under a notice's proclaiming formula (现就2022年度…抽查工作通知如下;
// cue_words.tsv proclaim, read by the layout as Document.ProclaimedAt)
// 本次 and 此次 name the round of work the notice sets out, not an event a
// report has just told (thisEvent, targets_thisevent.go): 本次共抽查社会组织
// 115家 is the round's size, a plan (GOLD.md, targets). Nor does a
// paragraph there whose words tell a deed (共 of the tally, 已) make its
// plan words deeds (told.deeds): the notice's text sets out what is to be
// done, and only a past time or a report's frame in the sentence itself
// reads a number done. A notice that
// announces results (现将检查结果通报如下) proclaims nothing by the layout's
// reading, and a page with no formula, or text before it, keeps 本次 an
// event told. Source: the 通知 of 双随机 inspection rounds (一、抽查时间 二、
// 抽查数量: 本次共抽查…); 《党政机关公文处理工作条例》 (2012) §8 通知.

// proclaimedRound reports whether offset at stands on a line after the
// one that proclaims a notice's text.
func proclaimedRound(in *Input, at int) bool {
	if in.Env == nil || in.Env.Doc == nil {
		return false
	}
	doc := in.Env.Doc
	return doc.ProclaimedAt > 0 && in.Text.LineAt(at) > doc.ProclaimedAt
}
