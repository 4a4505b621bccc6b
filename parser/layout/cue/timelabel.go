package cue

import "strings"

// timeLabelled: a date set on its line under the label of a time (活动时间 /
// 2025年10月17日, 报名截止日期： / 2024年3月1日), and that label: a field of
// an event or a form and its value, as a report announcing an event sets
// them. A 落款 puts the date under the issuer's name (GB/T 9704-2012
// §7.3.5.1), never under a label, so neither line is the 落款's.
type timeLabelled struct{}

func (timeLabelled) Name() string    { return "time-labelled" }
func (timeLabelled) Roles() []Role   { return []Role{Body, Subheading} }
func (timeLabelled) Needs() []string { return nil }
func (timeLabelled) Denies() []Role  { return []Role{Signature} }

func (timeLabelled) Match(d *Doc, i int) bool {
	// The label is asked first: reading a date is the dearer test.
	if i > 0 && timeLabel(d.Lines[i-1].Sq) {
		if _, ok := FullDate(d.Lines[i].Sq); ok {
			return true
		}
	}
	if i+1 >= len(d.Lines) || !timeLabel(d.Lines[i].Sq) {
		return false
	}
	_, ok := FullDate(d.Lines[i+1].Sq)
	return ok
}

// timeLabel reports whether s is a label alone that names a time (活动时间,
// 截止日期：): words that end in a noun of time (cue list timelabel), no
// clause, nothing after the colon.
func timeLabel(s string) bool {
	h := strings.TrimRight(strings.TrimSpace(s), "：: ")
	if !titleShaped(h) || strings.ContainsAny(h, "：:、") {
		return false
	}
	_, ok := timeLabels.suffix(h)
	return ok
}

// TimeLabel reports whether s is a label of when something is held
// (活动时间, 预约祭扫时段, 公示时间): words of a title's shape that end with
// a word of time (cue list time).
func TimeLabel(s string) bool { return timeLabel(s) }
