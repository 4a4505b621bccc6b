package cue

// noticeTitle: a 公文's title (GB/T 9704-2012 §7.3.1), alone or wrapped
// over lines: (issuing body) 关于…的通知, …的公告, 兰州市民政局通告.
type noticeTitle struct{}

func (noticeTitle) Name() string    { return "notice-title" }
func (noticeTitle) Roles() []Role   { return []Role{Title} }
func (noticeTitle) Kind() string    { return "notice" }
func (noticeTitle) Needs() []string { return nil }

func (noticeTitle) Match(d *Doc, i int) bool { return d.titles[i] }
