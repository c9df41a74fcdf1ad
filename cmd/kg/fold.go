package main

import "github.com/kg-graph/kg/extract/match"

// foldValue is the --fold flag: a list of foldings of written forms.
type foldValue match.Fold

func (f *foldValue) Set(s string) error {
	v, err := match.ParseFold(s)
	if err != nil {
		return err
	}
	*f = foldValue(v)
	return nil
}

func (f *foldValue) String() string {
	if *f == 0 {
		return ""
	}
	return match.Fold(*f).String()
}

func (f *foldValue) Type() string { return "list" }
