package schema

// EachSpan calls f with every position in the record, so that a later pass
// (the page of each line of a PDF) can complete them all in one place.
func (r *Record) EachSpan(f func(*Span)) {
	d := &r.Document
	for k, e := range d.Evidence {
		f(&e.Span)
		d.Evidence[k] = e
	}
	for i := range d.Distribution {
		f(&d.Distribution[i].Span)
	}
	for i := range d.Editors {
		f(&d.Editors[i].Span)
	}
	for i := range d.Contents {
		f(&d.Contents[i].Span)
	}
	for i := range d.Attachments {
		f(&d.Attachments[i].Span)
	}
	d.Entities.eachSpan(f)
	for i := range r.Items {
		f(&r.Items[i].Span)
		r.Items[i].Entities.eachSpan(f)
	}
	for i := range r.Passages {
		f(&r.Passages[i].Span)
		r.Passages[i].Entities.eachSpan(f)
	}
}

func (e *Entities) eachSpan(f func(*Span)) {
	for i := range e.Dates {
		f(&e.Dates[i].Span)
	}
	for i := range e.Periods {
		f(&e.Periods[i].Span)
	}
	for i := range e.Quantities {
		f(&e.Quantities[i].Span)
	}
	for i := range e.Agencies {
		f(&e.Agencies[i].Span)
	}
	for i := range e.People {
		f(&e.People[i].Span)
	}
	for i := range e.Contacts {
		f(&e.Contacts[i].Span)
	}
	for i := range e.Phones {
		f(&e.Phones[i].Span)
	}
	for i := range e.Tables {
		f(&e.Tables[i].Span)
	}
	for i := range e.Targets {
		f(&e.Targets[i].Span)
	}
	for i := range e.Achievements {
		f(&e.Achievements[i].Span)
	}
}
