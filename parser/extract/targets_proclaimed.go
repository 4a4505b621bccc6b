package extract

import (
	"strings"

	"bulletin/parser/layout"
	"bulletin/parser/lexicon"
)

// A notice's rules are the text that follows the formula its issuing body
// proclaims them with: a clause opened by 现 and closed by the notice's
// kind and 如下 (现将有关事项通告如下, 现就…工作安排公告如下, 现将有关事项
// 通知如下; cue_words.tsv, proclaim). 《党政机关公文处理工作条例》 (2012) §8
// names the kinds that publish what is to be observed or done: 公告 (向国内
// 外宣布重要事项或者法定事项), 通告 (在一定范围内公布应当遵守或者周知的事
// 项), 通知 (发布、传达要求下级机关执行和有关单位周知或者执行的事项). A news
// report that carries such a notice in full (具体公告内容如下：… 现就…公告如
// 下) is read as an article, but what it prints after the formula is the
// notice's own text: its limits (每个墓穴每天祭扫人员不超过3人) are rules to
// keep, as in the notice itself, where the report's own sentences before
// the formula tell what was done. A report that announces results (现将检
// 查结果通报如下) uses another kind (通报) and is none.

// noticeRules reports whether offset at of the text stands in a notice's
// rules: the document is a notice, its title names it one (noticeTitled),
// or a line before at's proclaims a notice's text (the layout's
// Document.ProclaimedAt).
func noticeRules(in *Input, at int) bool {
	if in.Env == nil || in.Env.Doc == nil {
		return false
	}
	doc := in.Env.Doc
	if doc.Kind == layout.Notice || noticeTitled(doc) {
		return true
	}
	return doc.ProclaimedAt > 0 && in.Text.LineAt(at) > doc.ProclaimedAt
}

// noticeTitled reports whether doc's title closes with the kind of a
// notice that sets rules (…关于…的通知, …的通告: a 公文's title is its
// issuer, its matter and its kind, GB/T 9704-2012 §7.3.1), the kinds the
// proclaiming formulas name (cue_words.tsv, proclaim, less 如下): a page
// whose head the layout read as a news report's still carries the
// notice's text under that title.
func noticeTitled(doc *layout.Document) bool {
	if doc.Title == nil {
		return false
	}
	t := strings.TrimRight(doc.Title.Value, " ")
	for _, w := range lexicon.CueList("proclaim") {
		if kind := strings.TrimSuffix(w, proclaimEnd); kind != w && strings.HasSuffix(t, kind) {
			return true
		}
	}
	return false
}

// proclaimEnd is 如下 (as follows), which closes a proclaiming formula
// after the notice's kind.
const proclaimEnd = "如下"
