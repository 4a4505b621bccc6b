package main

import (
	"math"
	"reflect"
	"strconv"
	"sync"

	"go.yaml.in/yaml/v3"

	"bulletin/schema"
)

// significantDigits is the precision numbers are written with. A number
// the text gives has at most a dozen digits (元 to the 分 of a province's
// budget), and a decimal of up to 15 significant digits survives a float64
// and back exactly (DBL_DIG); the noise of folding 万 and 亿 into binary
// floating point (104.04万 → 1040400.0000000001) sits in the 16th and 17th.
// Rounding to 15 gives back the number as written.
const significantDigits = 15

// tidyNumber is v rounded to significantDigits: the float64 nearest the
// decimal the text wrote.
func tidyNumber(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', significantDigits, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// tidyNumbers rounds every number of a record (quantities, targets, table
// cells: wherever the schema holds a float) with tidyNumber, so that JSON,
// YAML and CSV, which all write the shortest decimal that reads back as the
// float, write the text's number. It works on the record's types by
// reflection, so a number field added to the schema is covered too.
func tidyNumbers(rec *schema.Record) {
	if rec != nil {
		tidyValue(reflect.ValueOf(rec).Elem())
	}
}

func tidyValue(v reflect.Value) {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if v.CanSet() {
			v.SetFloat(tidyNumber(v.Float()))
		}
	case reflect.Pointer:
		if !v.IsNil() && mayHoldFloat(v.Type().Elem()) {
			tidyValue(v.Elem())
		}
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		e := v.Elem()
		switch e.Kind() {
		case reflect.Float64:
			if v.CanSet() {
				v.Set(reflect.ValueOf(tidyNumber(e.Float())))
			}
		case reflect.Pointer, reflect.Slice, reflect.Map:
			tidyValue(e)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && mayHoldFloat(f.Type) {
				tidyValue(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		if mayHoldFloat(v.Type().Elem()) {
			for i := range v.Len() {
				tidyValue(v.Index(i))
			}
		}
	case reflect.Map:
		et := v.Type().Elem()
		if !mayHoldFloat(et) {
			return
		}
		it := v.MapRange()
		for it.Next() {
			val := reflect.New(et).Elem()
			val.Set(it.Value())
			tidyValue(val)
			v.SetMapIndex(it.Key(), val)
		}
	}
}

// floatTypes remembers, per type, whether a value of it can hold a float.
var floatTypes sync.Map // reflect.Type → bool

func mayHoldFloat(t reflect.Type) bool {
	if b, ok := floatTypes.Load(t); ok {
		return b.(bool)
	}
	floatTypes.Store(t, false) // a type that holds itself: no float on that path
	var b bool
	switch t.Kind() {
	case reflect.Float32, reflect.Float64, reflect.Interface:
		b = true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		b = mayHoldFloat(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && mayHoldFloat(f.Type) {
				b = true
				break
			}
		}
	}
	floatTypes.Store(t, b)
	return b
}

// yamlNumbers is the record as a YAML node with its numbers written as
// decimals: the YAML encoder writes a float in its shortest form with an
// exponent past six digits (1.0404e+06), which is not how the text gives
// 104.04万元. A number with no fraction is written as an integer.
func yamlNumbers(rec *schema.Record) (*yaml.Node, error) {
	var doc yaml.Node
	if err := doc.Encode(rec); err != nil {
		return nil, err
	}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind == yaml.ScalarNode && n.Tag == "!!float" {
			f, err := strconv.ParseFloat(n.Value, 64)
			if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
				return
			}
			n.Value = strconv.FormatFloat(f, 'f', -1, 64)
			if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
				n.Tag = "!!int"
			}
			return
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(&doc)
	return &doc, nil
}
