package cue

import "strings"

// jobCredit: a credit whose job and name a space parts, no colon
// (编辑 王某某, 值班主编 寇某, 责任编辑 张某 李某), as an app's page prints
// the names under its text: the job a word of credit (cue list credit) or
// a job named more closely ending in one (值班主编), and each name after
// it a person's, opening with a surname.
type jobCredit struct{}

func (jobCredit) Name() string    { return "job-credit" }
func (jobCredit) Roles() []Role   { return []Role{Footer, Byline} }
func (jobCredit) Needs() []string { return nil }

// Denies: as a credit with its colon, it names who made the page.
func (jobCredit) Denies() []Role { return []Role{Title, Heading, Subheading, Attachment} }

func (jobCredit) Match(d *Doc, i int) bool { return JobCredit(d.Lines[i].Text) }

// JobCredit reports whether s is a job of credit and the names of who
// did it, a space between each (编辑 王某某).
func JobCredit(s string) bool {
	if barCredits(s) {
		return true
	}
	fs := strings.Fields(strings.ReplaceAll(s, "\u3000", " "))
	if len(fs) < 2 {
		return false
	}
	job := fs[0]
	if !creditJob(job) {
		return false
	}
	for _, name := range fs[1:] {
		if !surnamedName(name) {
			return false
		}
	}
	return true
}

// barCredits reports whether s is credits whose jobs a bar parts from the
// names (编审丨某甲编辑丨某乙, 编辑 | 某甲), as a public account's article
// prints them under its text: each part between two bars a name and the
// next credit's job run on after it.
func barCredits(s string) bool {
	parts := strings.FieldsFunc(strings.ReplaceAll(strings.TrimSpace(s), " ", ""), func(r rune) bool { return r == '丨' || r == '｜' || r == '|' })
	if len(parts) < 2 || strings.Count(s, "丨")+strings.Count(s, "｜")+strings.Count(s, "|") != len(parts)-1 {
		return false
	}
	job := parts[0]
	for k, p := range parts[1:] {
		if !creditJob(job) {
			return false
		}
		name := p
		if k < len(parts)-2 {
			// The next job run on after the name; none, and the job
			// left empty is no credit's.
			next, _ := creditWords.suffix(p)
			name, job = p[:len(p)-len(next)], next
		}
		if !surnamedName(name) {
			return false
		}
	}
	return true
}

// creditJob reports whether job is a job of credit: a word of credit (cue
// list credit) or a job named more closely ending in one (值班主编).
func creditJob(job string) bool {
	_, ok := creditWords.suffix(job)
	return ok && HasHan(job) && !SentencePunct(job) && !strings.ContainsAny(job, "0123456789：:")
}
