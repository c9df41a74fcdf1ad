module github.com/kg-graph/kg

go 1.26.8

require (
	github.com/cayleygraph/quad v1.3.0
	github.com/dominikbraun/graph v0.23.0
	golang.org/x/text v0.44.0
	gopkg.in/yaml.v3 v3.0.1
)
