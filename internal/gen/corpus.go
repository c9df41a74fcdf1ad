package main

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
)

// The filler between planted aliases. It holds no character that starts a
// Chinese person's name (no surname), no pronoun and no "the company" or
// 这个…公司, so that what kg, grep and rg find is the planted aliases (and
// the odd chance join of two of them), and kg's coreference stays silent.
var (
	zhWords = []string{"研究", "团队", "今年", "发布", "新的", "模型", "会议", "合作", "项目", "技术", "数据", "实验",
		"结果", "表明", "认为", "进行", "开发", "系统", "网络", "学习", "训练", "应用", "领域", "重要", "问题", "提出",
		"报告", "指出", "目前", "未来", "计划", "支持", "参与", "负责", "成立", "宣布", "获得", "经费", "投资", "大规模",
		"语言", "图像", "算法", "工作", "过去", "几年", "已经", "正在", "继续", "推动", "发展", "产业", "公开", "讨论",
		"介绍", "表示", "此外", "同时", "因此", "然而", "随后", "最近", "一直", "相关", "成果", "论文", "发表", "期刊",
		"评估", "测试", "性能", "提升", "显著", "访问", "演讲", "采访", "记者", "消息", "来源", "了", "的", "在", "与",
		"和", "对", "将", "也", "都", "还", "一个", "非常", "可以", "能够", "需要", "通过", "根据", "之后", "之前",
		"当时", "后来", "开始", "完成", "取得", "进展", "突破", "挑战", "机会", "经验", "观点", "思考", "理解", "分析",
		"设计", "框架", "平台", "工具", "开源", "社区", "用户", "客户", "产品", "服务", "版本", "功能", "规模", "速度",
		"质量", "效率", "成本"}
	zhPunct = []string{"，", "，", "，", "。", "。", "、", "；"}
	// enPhrases start and end with a space: a Latin alias next to one
	// still stands as a word.
	enPhrases = []string{" according to the report, ", " in a recent interview, ", " the results were presented at the workshop. ",
		" the new model was released last year. ", " researchers announced the project. ", " the benchmark shows steady progress. ",
		" the data set was published online. ", " as noted in the paper, ", " following the conference, ", " the team reported strong results. "}
)

type corpusStats struct {
	bytes, docs, planted int
}

// corpus writes documents of 2 to 5 KiB, one per line (txt) and/or as JSON
// Lines, until size bytes are written. An alias drawn uniformly from
// aliases is planted every `every` bytes on average (uniformly 0.5 to 1.5
// times that apart).
type corpus struct {
	rng     *rand.Rand
	aliases []string
	every   int
	gap     int // filler bytes until the next alias; carried across documents
	st      corpusStats
}

func (c *corpus) write(size int, txt, jsonl io.Writer) (corpusStats, error) {
	var tw, jw *bufio.Writer
	if txt != nil {
		tw = bufio.NewWriterSize(txt, 1<<20)
	}
	if jsonl != nil {
		jw = bufio.NewWriterSize(jsonl, 1<<20)
	}
	doc := make([]byte, 0, 8<<10)
	for c.st.bytes < size {
		doc = c.doc(doc[:0], 2048+c.rng.IntN(3*1024+1))
		c.st.docs++
		c.st.bytes += len(doc) + 1
		if tw != nil {
			tw.Write(doc)
			tw.WriteByte('\n')
		}
		if jw != nil {
			// The tables hold no '"', '\\' or control character, so the
			// text needs no escaping.
			fmt.Fprintf(jw, `{"id":"doc-%06d","text":"`, c.st.docs)
			jw.Write(doc)
			jw.WriteString("\"}\n")
		}
	}
	for _, w := range []*bufio.Writer{tw, jw} {
		if w != nil {
			if err := w.Flush(); err != nil {
				return c.st, err
			}
		}
	}
	return c.st, nil
}

// doc appends one document of about n bytes to b.
func (c *corpus) doc(b []byte, n int) []byte {
	start := len(b)
	for len(b)-start < n {
		before := len(b)
		switch {
		case c.gap <= 0:
			a := c.aliases[c.rng.IntN(len(c.aliases))]
			// A Latin alias goes between spaces half the time and right
			// against Chinese the other half, as in real mixed text; the
			// filler never puts a Latin letter next to it.
			space := isLatin(a) && c.rng.IntN(2) == 0
			if space {
				b = append(b, ' ')
			}
			b = append(b, a...)
			if space {
				b = append(b, ' ')
			}
			c.st.planted++
			c.gap = c.nextGap() - (len(b) - before) // the alias counts in the distance
			continue
		case c.rng.IntN(20) == 0:
			b = append(b, pick(c.rng, enPhrases)...)
		default:
			b = append(b, pick(c.rng, zhWords)...)
			if c.rng.IntN(4) == 0 {
				b = append(b, pick(c.rng, zhPunct)...)
			}
		}
		c.gap -= len(b) - before
	}
	return append(b, "。"...)
}

func (c *corpus) nextGap() int {
	return c.every/2 + c.rng.IntN(c.every+1)
}
