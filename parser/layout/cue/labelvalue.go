package cue

import "strings"

// labelValue: the value under a label printed on a line of its own (办理流程：
// / 初审→受理→审查→登记 ; 收费情况： / 不收费), as a service guide (办事指南)
// or a form sets its fields: the label's to read, no heading of the text.
// A trail's label (您的当前位置：) stands over the page, not over a value.
type labelValue struct{}

func (labelValue) Name() string    { return "label-value" }
func (labelValue) Roles() []Role   { return []Role{Body} }
func (labelValue) Needs() []string { return nil }
func (labelValue) Denies() []Role  { return []Role{Heading, Subheading} }

func (labelValue) Match(d *Doc, i int) bool {
	if i == 0 || opensSomething(d.Lines[i]) || LabelAlone(d.Lines[i].Sq) {
		return false
	}
	prev := d.Lines[i-1].Sq
	return LabelAlone(prev) && !d.recipients[i-1] && !opensSomething(d.Lines[i-1]) && !IsBreadcrumb(prev) && !BreadcrumbLabel(prev)
}

// LabelAlone reports whether s is a label and its colon alone: words with
// no clause mark, no list (a 主送 line's 各县、区民政局：) and nothing after
// the colon (办理条件：).
func LabelAlone(s string) bool {
	s = strings.TrimSpace(s)
	h := strings.TrimRight(s, "：:")
	return len(h) < len(s) && titleShaped(h) && !strings.ContainsAny(h, "：:、")
}

// EditLabel reports whether s is a label alone that introduces the body
// editing or sponsoring a bulletin (主办：, 编印：): its value is the
// editing office, no form's field.
func EditLabel(s string) bool {
	return LabelAlone(s) && editLabels.has(strings.TrimRight(strings.TrimSpace(s), "：:"))
}
