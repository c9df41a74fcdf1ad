package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kg-graph/kg/extract/coref"
	"github.com/kg-graph/kg/extract/doc"
)

// corefBenchText is size bytes of prose that gives coreference the most
// to do per byte: every sentence names an organization or refers back to
// one, in English and in Chinese (issue 12 item 5).
func corefBenchText(size int) []byte {
	const para = "OpenAI hired more staff this year. The company grew quickly, and the company then moved. " +
		"Sam Altman and Greg Brockman met at OpenAI. They founded it, and he said that the firm would grow.\n" +
		"DeepMind招聘了更多员工。该公司发展很快，这家公司随后搬迁。李飞飞加入了谷歌，她后来回到斯坦福大学。\n"
	return []byte(strings.Repeat(para, size/len(para)+1)[:size])
}

// BenchmarkCorefSize times coreference alone on 100 KB to 1 MB of text.
// Time per MB (the ns/MB metric) must stay flat as the input grows:
// coreference is linear in the text.
func BenchmarkCorefSize(b *testing.B) {
	x, _ := testExtractor(b, Options{})
	for _, kb := range []int{100, 250, 500, 1000} {
		src := corefBenchText(kb * 1000)
		named := x.named("bench", src, nil)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				b.StopTimer()
				d := doc.New("bench", src, append([]doc.Mention(nil), named...))
				b.StartTimer()
				coref.Resolve(d)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(src))/1e6), "ns/MB")
		})
	}
}

// BenchmarkExtractSize times the whole of kg extract's work (matching,
// coreference and relations) on one document of 100 KB to 1 MB. As with
// BenchmarkCorefSize, the ns/MB metric must stay flat as the document
// grows: a check that reads all the text before a match once per fact
// made the relation stage quadratic.
//
//	go test ./extract -run '^$' -bench ExtractSize -benchmem
func BenchmarkExtractSize(b *testing.B) {
	x, _ := testExtractor(b, Options{})
	for _, kb := range []int{100, 250, 500, 1000} {
		src := corefBenchText(kb * 1000)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				x.Extract("bench", src)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(src))/1e6), "ns/MB")
		})
	}
}
