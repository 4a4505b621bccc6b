package cue

import (
	"strings"

	"bulletin/parser/agency"
)

// recipient: the 主送机关 of a 公文 (GB/T 9704-2012 §7.3.2), a list of
// bodies closed by a colon: 各县（市、区）民政局：, 各街(镇)民政办、鼓楼老年公寓:.
type recipient struct{}

func (recipient) Name() string    { return "recipient" }
func (recipient) Roles() []Role   { return []Role{Recipient} }
func (recipient) Defines() bool   { return true }
func (recipient) Kind() string    { return "notice" }
func (recipient) Needs() []string { return []string{"：", ":"} }

func (recipient) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if !strings.HasSuffix(s, "：") && !strings.HasSuffix(s, ":") {
		return false
	}
	s = strings.TrimRight(s, "：:")
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '，' || r == ',' || r == ' ' || r == '；' })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		for _, r := range p {
			if !IsHan(r) && !strings.ContainsRune("（）()·", r) {
				return false
			}
		}
	}
	// Every part names bodies; a class of them (各县民政局) counts.
	for _, p := range parts {
		if agency.Shape(p) || agency.Shape(strings.TrimPrefix(p, "各")) {
			return true
		}
	}
	return strings.HasPrefix(s, "各")
}
