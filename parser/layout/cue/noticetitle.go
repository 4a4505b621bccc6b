package cue

import "strings"

// noticeTitle: a 公文's title (GB/T 9704-2012 §7.3.1), alone or wrapped
// over lines: (issuing body) 关于…的通知, …的公告, 兰州市民政局通告.
type noticeTitle struct{}

func (noticeTitle) Name() string    { return "notice-title" }
func (noticeTitle) Roles() []Role   { return []Role{Title} }
func (noticeTitle) Kind() string    { return "notice" }
func (noticeTitle) Needs() []string { return nil }

func (noticeTitle) Match(d *Doc, i int) bool { return d.titles[i] }

// headlineNotice: the document's headline is a 公文's title: what it
// names a document of its kind (GOLD.md: a notice is a 通知, 意见, 方案 …,
// or a 公告, 通告, 公示 text).
type headlineNotice struct{}

func (headlineNotice) Name() string    { return "headline-notice" }
func (headlineNotice) Roles() []Role   { return []Role{Title} }
func (headlineNotice) Kind() string    { return "notice" }
func (headlineNotice) Defines() bool   { return true }
func (headlineNotice) Needs() []string { return nil }

func (headlineNotice) Match(d *Doc, i int) bool {
	return d.titles[i] && d.headlineRun(i)
}

// headlineRun reports whether line i is the headline or one of the lines
// of a title that runs on to it.
func (d *Doc) headlineRun(i int) bool {
	h, ok := d.firstAt[d.headline]
	if !ok || i < h {
		return false
	}
	for k := h; k <= i; k++ {
		if !d.titles[k] {
			return false
		}
	}
	return true
}

// TitleRun reports whether line i is a line of a run that reads as a
// notice's title (the issuing body above 关于…的通知 among them).
func (d *Doc) TitleRun(i int) bool { return d.titles[i] }

// issuesNow reports whether s says 现 and a title verb after it (现印发给你们,
// 现转发给你们): the clause that issues what s named.
func issuesNow(s string) bool {
	for k := strings.Index(s, "现"); k >= 0; {
		if _, ok := titleVerbs.prefix(s[k+len("现"):]); ok {
			return true
		}
		next := strings.Index(s[k+len("现"):], "现")
		if next < 0 {
			return false
		}
		k += len("现") + next
	}
	return false
}

// cutCommaNow is s after the comma and the 现 that open it (，现印发…),
// and whether s opens so.
func cutCommaNow(s string) (string, bool) {
	for _, c := range []string{"，", ","} {
		if rest, ok := strings.CutPrefix(s, c); ok {
			return strings.CutPrefix(strings.TrimLeft(rest, " "), "现")
		}
	}
	return s, false
}

// IssuedTitle reads the title of the document a notice issues or forwards
// in its text (现将《某某实施办法》印发给你们, 现将《…》转发给你们): the words
// in the book-title marks right before a title verb (cue_words titleverb),
// and whether s holds one.
func IssuedTitle(s string) (string, bool) {
	// 《某要点》及《某分解表》已经…审议通过，现印发给你们: a sentence that
	// opens with the documents it issues, its verb after what was done to
	// them; the first is the one printed under the notice.
	if inner, ok := strings.CutPrefix(strings.TrimSpace(s), "《"); ok {
		sentence, _, _ := strings.Cut(inner, "。")
		if shut := strings.Index(inner, "》"); shut > 0 && !strings.Contains(inner[:shut], "《") && issuesNow(sentence) {
			return inner[:shut], true
		}
	}
	for rest := s; ; {
		open := strings.Index(rest, "《")
		if open < 0 {
			return "", false
		}
		inner := rest[open+len("《"):]
		shut := strings.Index(inner, "》")
		if shut < 0 {
			return "", false
		}
		after := strings.TrimLeft(inner[shut+len("》"):], " ")
		if _, ok := titleVerbs.prefix(after); ok && !strings.ContainsAny(inner[:shut], "《") {
			return inner[:shut], true
		}
		// 研究制定了《某某指引》，现印发给你们: the sentence names the
		// document as what was made, then issues it now after a comma.
		if now, ok := cutCommaNow(after); ok && !strings.ContainsAny(inner[:shut], "《") {
			if _, ok := titleVerbs.prefix(now); ok {
				return inner[:shut], true
			}
		}
		rest = inner[shut+len("》"):]
	}
}
