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
	fs := strings.Fields(strings.ReplaceAll(s, "\u3000", " "))
	if len(fs) < 2 {
		return false
	}
	job := fs[0]
	if _, ok := creditWords.suffix(job); !ok || !HasHan(job) || SentencePunct(job) || strings.ContainsAny(job, "0123456789：:") {
		return false
	}
	for _, name := range fs[1:] {
		if !surnamedName(name) {
			return false
		}
	}
	return true
}
