package cue

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// 第39期, 第 39 期, 2025年第3期, (总第 120 期), 第三十九期.
	issueRe = regexp.MustCompile(`第(\d+|[一二三四五六七八九十百零〇两]+)期`)
	// The same as printed, spaces and all (第 39 期).
	spacedIssueRe = regexp.MustCompile(`第\s*(?:\d+|[一二三四五六七八九十百零〇两]+)\s*期`)
	// A newspaper's page: A4:综合, B2版, 第3版. Its 总第N期 numbers the
	// paper, and the page holds a report, not a bulletin. The letter is
	// a section's (A叠, B叠 …), which dailies letter from A to H; other
	// letters before a figure name other things (Q3: a quarter). A page
	// label holds 版 or a colon (paperPage's Needs); a line may open with
	// the page's number and 版 alone (三版:综合信息).
	paperDateRe = regexp.MustCompile(dateRe)
	paperPageRe = regexp.MustCompile(`(?:^|[^A-Za-z])[A-H]\d{1,2}(?:[:：]|版)|第(?:\d+|[一二三四五六七八九十]+)版|^(?:\d+|[一二三四五六七八九十]+)版[:：]`)
)

// issueNumber: 第N期 or 总第N期 on a line with no running text, and no
// newspaper's page label.
type issueNumber struct{}

func (issueNumber) Name() string    { return "issue-number" }
func (issueNumber) Roles() []Role   { return []Role{Header} }
func (issueNumber) Defines() bool   { return true }
func (issueNumber) Kind() string    { return "bulletin" }
func (issueNumber) Needs() []string { return []string{"期"} }

func (issueNumber) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	return !SentencePunct(s) && issueRe.MatchString(s) && !NoticeTitle(s) && !paperPageRe.MatchString(s) && !IssueInSource(d.Lines[i].Text) && issueEnds(d.Lines[i].Text)
}

// issueEnds reports whether the 第N期 of text ends its phrase, as an
// issue's number does: the line's end, a space, a bracket, a date or the
// 总第N期 after it (第 39 期, 2025年第3期(总第186期)); in a headline words
// run on (今年第二期社会融和计划津贴发放安排: a second round, no issue).
func issueEnds(text string) bool {
	loc := spacedIssueRe.FindStringIndex(text)
	if loc == nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[loc[1]:])
	return loc[1] == len(text) || unicode.IsSpace(r) || unicode.IsDigit(r) || strings.ContainsRune("(（[【〔)）]】〕,，、|｜总", r)
}

// Issue returns the issue number of a 第N期 line and the total issue
// number of a 总第N期 one, as written.
func Issue(s string) (issue, total string) {
	for _, m := range issueRe.FindAllStringSubmatchIndex(s, -1) {
		if m[0] >= len("总") && s[m[0]-len("总"):m[0]] == "总" {
			if total == "" {
				total = s[m[2]:m[3]]
			}
		} else if issue == "" {
			issue = s[m[2]:m[3]]
		}
	}
	return issue, total
}

// paperPage: a newspaper's page header over a report taken from its web
// edition (A4:综合 总第438期 >2024-03-20编印): the paper's furniture.
type paperPage struct{}

func (paperPage) Settles() Role   { return Chrome }
func (paperPage) Name() string    { return "paper-page" }
func (paperPage) Roles() []Role   { return []Role{Chrome} }
func (paperPage) Needs() []string { return []string{"版", ":", "："} }

func (paperPage) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	return !SentencePunct(s) && paperPageRe.MatchString(s) && (issueRe.MatchString(s) || paperDateRe.MatchString(s))
}

// IssueInSource reports whether the 第N期 of line text stands in the value
// of a source field (稿件来源:《宁夏人大》杂志2025年第4期): the issue of the
// periodical the page took its text from, not the page's own.
func IssueInSource(text string) bool {
	loc := issueRe.FindStringIndex(text)
	if loc == nil {
		return false
	}
	for _, f := range InfoFields(text) {
		if SourceField(f.Key) && loc[0] >= f.ValueStart && loc[0] < f.End {
			return true
		}
	}
	return false
}

// periodicalIssue: a magazine's issue line over an article taken from it
// (2019年03月《小康》中旬刊, 《中国民政》月刊 2024年第5期): the periodical's
// name in book-title marks and its edition word, the page's furniture.
type periodicalIssue struct{}

func (periodicalIssue) Settles() Role   { return Chrome }
func (periodicalIssue) Name() string    { return "periodical-issue" }
func (periodicalIssue) Roles() []Role   { return []Role{Chrome} }
func (periodicalIssue) Needs() []string { return []string{"刊"} }

func (periodicalIssue) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	k := strings.LastIndex(s, "》")
	if k < 0 || !strings.Contains(s[:k], "《") || SentencePunct(s) || EndsSentence(s) {
		return false
	}
	rest := s[k+len("》"):]
	if w, ok := periodicities.prefix(strings.TrimLeft(rest, " ")); ok {
		rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), w)
		return rest == "" || issueRe.MatchString(rest) || paperDateRe.MatchString(rest)
	}
	return false
}
