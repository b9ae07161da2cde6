package io.github.colophon.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic synthetic Chinese book of about {@code pages} A4 pages for the benchmark:
 * Chinese prose with English terms, labelled headings, lists, GFM tables with caption lines,
 * footnotes, SVG figures, cross-references to sections, figures, tables and cases, {@code .case}
 * blocks, case-study files, a preface and an appendix; parts once there are more than ten
 * chapters. The same {@code pages} and seed give the same bytes on every JVM ({@link Random}'s
 * algorithm is specified). Every character is in GB 2312, which is what the bundled fonts cover;
 * the generator refuses to write anything else.
 *
 * <p>Names of fictional institutions and places are drawn from the 3,755 level-1 hanzi of GB 2312,
 * so a long book uses most of the font's common glyphs, as a real book does: the cost of
 * subsetting depends on how many glyphs are used.
 */
public final class SyntheticBook {
  /** One chapter is about this many A4 pages with the print theme (calibrated on the book theme). */
  static final double PAGES_PER_CHAPTER = 9.7;

  private static final Charset GB2312 = Charset.forName("GB2312");
  private static final char[] LEVEL1 = level1Hanzi();

  private final Random random;
  private final Path folder;
  private final int chapters;

  private SyntheticBook(Path folder, int pages, long seed) {
    this.folder = folder;
    this.random = new Random(seed);
    this.chapters = Math.max(3, (int) Math.round((pages - 8) / PAGES_PER_CHAPTER));
  }

  /** Writes the publication {@code name} under {@code root} (replacing it) and returns its folder. */
  public static Path write(Path root, String name, int pages, long seed) {
    Path folder = root.resolve(name);
    try {
      deleteTree(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    new SyntheticBook(folder, pages, seed).writeAll(pages);
    return folder;
  }

  /** The chapter the benchmark edits between the cold build and the warm rebuild. */
  public static Path editedChapter(Path folder) {
    return folder.resolve("chapters/02.md");
  }

  /**
   * The book's Markdown files in reading order, as its publication.yaml lists them (front matter,
   * chapters, cases, appendices: the order Colophon reads them in).
   */
  public static List<String> readingOrder(Path folder) {
    try {
      return Files.readAllLines(folder.resolve("publication.yaml"), StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(line -> line.startsWith("- ") && line.endsWith(".md"))
          .map(line -> line.substring(2))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Edits one chapter as an author would: a sentence added to its first paragraph. Deterministic;
   * {@code round} makes each edit different from the previous one.
   */
  public static void editOneChapter(Path folder, int round) {
    insertAfterFirstParagraph(folder, "（第 " + round + " 次修订：本段补充了关于 API 治理的说明。）");
  }

  /**
   * Adds a long paragraph after the first paragraph of the chapter {@link #editOneChapter} edits:
   * an edit that pushes the rest of the book onto later pages, so that no rebuild can re-render
   * that chapter alone.
   */
  public static void lengthenOneChapter(Path folder) {
    insertAfterFirstParagraph(folder, "\n\n" + "本段为延长章节而加入，使其后的内容移到后面的页上。".repeat(60));
  }

  private static void insertAfterFirstParagraph(Path folder, String added) {
    Path file = editedChapter(folder);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int firstParagraphEnd = text.indexOf("\n\n", text.indexOf("\n\n") + 2);
      Files.writeString(
          file,
          text.substring(0, firstParagraphEnd) + added + text.substring(firstParagraphEnd),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void writeAll(int pages) {
    int caseFiles = Math.max(2, chapters / 5);
    List<String> chapterFiles = new ArrayList<>();
    for (int c = 1; c <= chapters; c++) {
      String path = "chapters/%02d.md".formatted(c);
      chapterFiles.add(path);
      file(path, chapter(c));
      file("images/fig-c%d-1.svg".formatted(c), svg(c, 1));
      file("images/fig-c%d-2.svg".formatted(c), svg(c, 2));
    }
    List<String> cases = new ArrayList<>();
    for (int k = 1; k <= caseFiles; k++) {
      String path = "cases/case-%02d.md".formatted(k);
      cases.add(path);
      file(path, caseFile(k));
    }
    file("preface.md", preface());
    file("appendices/a-glossary.md", glossary());
    file("publication.yaml", manifest(pages, chapterFiles, cases));
  }

  private String manifest(int pages, List<String> chapterFiles, List<String> cases) {
    StringBuilder m = new StringBuilder();
    m.append("title: 数字金融创新基准文集（约 ").append(pages).append(" 页）\n");
    m.append("subtitle: Colophon 性能基准的合成出版物\n");
    m.append("kind: book\nlanguage: zh-CN\nversion: \"bench-1\"\ndate: 2026-11-29\n");
    m.append("authors:\n  - Colophon 基准生成器\npublisher: 示例出版社\n");
    m.append("front:\n  - preface.md\n");
    m.append("chapters:\n");
    if (chapterFiles.size() <= 10) {
      chapterFiles.forEach(f -> m.append("  - ").append(f).append('\n'));
    } else {
      for (int start = 0, part = 1; start < chapterFiles.size(); start += 10, part++) {
        m.append("  - part: 第").append(chineseNumber(part)).append("部分 ")
            .append(pick(OBJECTS)).append('\n');
        m.append("    chapters:\n");
        for (String f : chapterFiles.subList(start, Math.min(start + 10, chapterFiles.size()))) {
          m.append("      - ").append(f).append('\n');
        }
      }
    }
    m.append("cases:\n");
    cases.forEach(f -> m.append("  - ").append(f).append('\n'));
    m.append("appendices:\n  - appendices/a-glossary.md\n");
    return m.toString();
  }

  private String preface() {
    StringBuilder s = new StringBuilder("# 前言\n\n");
    for (int i = 0; i < 4; i++) {
      s.append(paragraph(5)).append("\n\n");
    }
    s.append("全书共 ").append(chapters).append(" 章，第一章的内容见 @sec-c1 。\n");
    return s.toString();
  }

  private String chapter(int c) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(pick(OBJECTS)).append("的").append(pick(THEMES))
        .append(" {#sec-c").append(c).append("}\n\n");
    s.append(paragraph(6)).append("\n\n");
    s.append("本章结构如下：").append(c > 1 ? "上一章见 @sec-c" + (c - 1) + " ，" : "")
        .append("主要图表见 @fig-c").append(c).append("-1 、@fig-c").append(c).append("-2 、@tbl-c")
        .append(c).append("-1 与 @tbl-c").append(c).append("-2 ，本章案例见 @case-c").append(c).append(" 。\n\n");
    int footnotes = 0;
    for (int sec = 1; sec <= 4; sec++) {
      s.append("## ").append(pick(OBJECTS)).append(pick(ASPECTS))
          .append(" {#sec-c").append(c).append("-s").append(sec).append("}\n\n");
      s.append(paragraph(5)).append("\n\n");
      for (int sub = 1; sub <= 2; sub++) {
        s.append("### ").append(pick(ACTIONS)).append(pick(OBJECTS))
            .append(" {#sec-c").append(c).append("-s").append(sec).append("-").append(sub)
            .append("}\n\n");
        for (int p = 0; p < 3; p++) {
          String para = paragraph(5 + random.nextInt(3));
          if (p == 1 && footnotes < 4) {
            footnotes++;
            para = para.substring(0, para.length() - 1) + "[^" + footnotes + "]。";
          }
          s.append(para).append("\n\n");
        }
        if (sub == 1) {
          s.append(reference(c, sec)).append("\n\n");
        }
      }
      switch (sec) {
        case 1 -> s.append(list(false)).append('\n').append(figure(c, 1));
        case 2 -> s.append(table(c, 1)).append(caseBlock(c));
        case 3 -> s.append(list(true)).append('\n').append(figure(c, 2));
        default -> s.append(table(c, 2));
      }
      s.append(paragraph(4)).append("\n\n");
    }
    for (int n = 1; n <= footnotes; n++) {
      s.append("[^").append(n).append("]: ").append(sentence()).append("\n\n");
    }
    return s.toString();
  }

  private String caseFile(int k) {
    StringBuilder s = new StringBuilder();
    String org = orgName();
    s.append("# ").append(org).append("的").append(pick(OBJECTS)).append("实践 {#case-f")
        .append(k).append("}\n\n");
    s.append("> 关键词：").append(pick(OBJECTS)).append("、").append(pick(TERMS)).append("、")
        .append(pick(OBJECTS)).append("\n\n");
    String[] heads = {"项目背景", "主要挑战", "主要做法", "实施成效", "经验启示"};
    for (int h = 0; h < heads.length; h++) {
      s.append("## ").append(heads[h]).append(" {#sec-f").append(k).append("-").append(h + 1)
          .append("}\n\n");
      for (int p = 0; p < 3; p++) {
        s.append(paragraph(5)).append("\n\n");
      }
      if (h == 2) {
        s.append(list(true)).append('\n');
      }
    }
    s.append("相关讨论见 @sec-c").append(1 + (k - 1) % chapters).append(" 。\n");
    return s.toString();
  }

  private String glossary() {
    StringBuilder s = new StringBuilder("# 术语表 {#sec-glossary}\n\n");
    s.append(paragraph(3)).append("\n\n");
    s.append("| 术语 | 英文 | 说明 |\n|---|---|---|\n");
    for (String term : TERMS) {
      s.append("| ").append(pick(OBJECTS)).append(" | ").append(term).append(" | ")
          .append(sentence()).append(" |\n");
    }
    s.append("\n: 术语与英文对照 {#tbl-glossary}\n\n");
    s.append("术语的用法见 @tbl-glossary 。\n");
    return s.toString();
  }

  private String reference(int c, int sec) {
    int other = 1 + random.nextInt(c);
    return switch (random.nextInt(4)) {
      case 0 -> "与此相关的讨论见 @sec-c" + other + "-s" + (1 + random.nextInt(4)) + " ，本节不再重复。";
      case 1 -> "如 @fig-c" + other + "-" + (1 + random.nextInt(2)) + " 所示，" + sentence();
      case 2 -> "具体数据见 @tbl-c" + other + "-" + (1 + random.nextInt(2)) + " 。" + sentence();
      default -> "参见 @case-c" + other + " 与 @case-f1 ，" + sentence();
    };
  }

  private String list(boolean ordered) {
    StringBuilder s = new StringBuilder();
    int items = 4 + random.nextInt(3);
    for (int i = 1; i <= items; i++) {
      s.append(ordered ? i + ". " : "- ").append("**").append(pick(OBJECTS)).append("**：")
          .append(sentence()).append('\n');
    }
    return s.toString();
  }

  private String table(int c, int t) {
    int year = 2018 + random.nextInt(4);
    StringBuilder s = new StringBuilder();
    s.append("| 指标 | ").append(year).append(" 年 | ").append(year + 1).append(" 年 | ")
        .append(year + 2).append(" 年 | 说明 |\n");
    s.append("|---|---:|---:|---:|---|\n");
    int rows = 5 + random.nextInt(4);
    for (int r = 0; r < rows; r++) {
      s.append("| ").append(pick(OBJECTS)).append(pick(METRICS)).append(" | ")
          .append(random.nextInt(900) + 100).append(" | ")
          .append(random.nextInt(900) + 100).append(" | ")
          .append(random.nextInt(900) + 100).append(" | ")
          .append(pick(TERMS)).append(" ").append(pick(NOTES)).append(" |\n");
    }
    s.append("\n: ").append(pick(OBJECTS)).append("相关指标（示例） {#tbl-c").append(c).append('-')
        .append(t).append("}\n\n");
    return s.toString();
  }

  private String figure(int c, int f) {
    return "![" + pick(OBJECTS) + "示意（示例）](../images/fig-c" + c + "-" + f + ".svg){#fig-c" + c
        + "-" + f + "}\n\n";
  }

  private String caseBlock(int c) {
    return "::: {.case #case-c" + c + "}\n### " + orgName() + "的" + pick(OBJECTS) + "探索\n\n"
        + paragraph(6) + "\n:::\n\n";
  }

  private String svg(int c, int f) {
    StringBuilder s = new StringBuilder();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 240\" width=\"600\" "
        + "height=\"240\" font-family=\"Noto Sans SC\" font-size=\"13\">\n");
    s.append("  <rect x=\"0\" y=\"0\" width=\"600\" height=\"240\" fill=\"#ffffff\"/>\n");
    s.append("  <text x=\"300\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" fill=\"#1f3a5f\">")
        .append("图 ").append(c).append('-').append(f).append("</text>\n");
    int boxes = 3 + random.nextInt(3);
    int width = 560 / boxes;
    for (int b = 0; b < boxes; b++) {
      int x = 20 + b * width;
      int h = 60 + random.nextInt(100);
      s.append("  <rect x=\"").append(x).append("\" y=\"").append(220 - h).append("\" width=\"")
          .append(width - 16).append("\" height=\"").append(h)
          .append("\" rx=\"6\" fill=\"#e8eef6\" stroke=\"#7a93b5\"/>\n");
      s.append("  <text x=\"").append(x + (width - 16) / 2).append("\" y=\"").append(212 - h)
          .append("\" text-anchor=\"middle\" fill=\"#333f4f\">").append(pick(TERMS))
          .append("</text>\n");
      if (b > 0) {
        s.append("  <line x1=\"").append(x - 16).append("\" y1=\"200\" x2=\"").append(x)
            .append("\" y2=\"200\" stroke=\"#5b6b7f\" stroke-width=\"1.5\"/>\n");
      }
    }
    s.append("</svg>\n");
    return s.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Prose

  private String paragraph(int sentences) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      s.append(sentence());
    }
    return s.toString();
  }

  private String sentence() {
    return switch (random.nextInt(10)) {
      case 0 -> pick(CONNECTIVES) + "，" + pick(SUBJECTS) + "围绕" + pick(OBJECTS) + "持续"
          + pick(ACTIONS) + "，并借助 " + pick(TERMS) + " " + pick(OUTCOMES) + "。";
      case 1 -> pick(SUBJECTS) + "在" + pick(OBJECTS) + "方面的投入逐年增加，" + (2015 + random.nextInt(8))
          + " 年相关项目达到 " + (10 + random.nextInt(290)) + " 个，较上年增长 "
          + (1 + random.nextInt(60)) + "%。";
      case 2 -> "以" + orgName() + "（虚构）为例，该机构通过 " + pick(TERMS) + " 重新梳理了"
          + pick(OBJECTS) + "，" + pick(OUTCOMES) + "。";
      case 3 -> pick(CONNECTIVES) + "，" + pick(OBJECTS) + "的建设并非一蹴而就，需要业务、技术与风险管理部门协同推进。";
      case 4 -> "专家指出，" + pick(TERMS) + " 只是手段，真正的目标在于" + pick(GOALS) + "。";
      case 5 -> "在" + placeName() + "的试点中，" + pick(SUBJECTS) + "采用“" + pick(ACTIONS)
          + pick(OBJECTS) + "”的方式推进工作，" + pick(OUTCOMES) + "。";
      case 6 -> personName() + "认为，" + pick(OBJECTS) + "与" + pick(OBJECTS) + "之间存在密切联系，"
          + "应当统筹规划、分步实施。";
      case 7 -> pick(FIXED);
      case 8 -> "调研覆盖 " + (20 + random.nextInt(180)) + " 家机构，其中 " + (10 + random.nextInt(80))
          + "% 已经将 " + pick(TERMS) + " 纳入" + pick(OBJECTS) + "规划。";
      default -> pick(SUBJECTS) + "应当" + pick(ACTIONS) + pick(OBJECTS) + "，" + pick(GOALS_CLAUSE)
          + "。";
    };
  }

  private String orgName() {
    return hanzi(2) + pick(ORG_SUFFIX);
  }

  private String placeName() {
    return hanzi(2) + pick(new String[] {"市", "县", "区", "省"});
  }

  private String personName() {
    return pick(SURNAMES) + hanzi(1 + random.nextInt(2));
  }

  private String hanzi(int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(LEVEL1[random.nextInt(LEVEL1.length)]);
    }
    return s.toString();
  }

  private String pick(String[] pool) {
    return pool[random.nextInt(pool.length)];
  }

  private static String chineseNumber(int n) {
    String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (n <= 10) {
      return digits[n];
    }
    return (n / 10 > 1 ? digits[n / 10] : "") + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
  }

  /** The 3,755 level-1 hanzi of GB 2312 (rows 16 to 55), in code order. */
  private static char[] level1Hanzi() {
    StringBuilder s = new StringBuilder();
    for (int row = 0xB0; row <= 0xD7; row++) {
      for (int cell = 0xA1; cell <= 0xFE; cell++) {
        if (row == 0xD7 && cell > 0xF9) {
          break;
        }
        s.append(new String(new byte[] {(byte) row, (byte) cell}, GB2312));
      }
    }
    return s.toString().toCharArray();
  }

  private void file(String path, String text) {
    CharsetEncoder encoder = GB2312.newEncoder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= 0x80 && !encoder.canEncode(ch)) {
        throw new IllegalStateException(
            "generator produced a character outside GB 2312: U+%04X in %s".formatted((int) ch, path));
      }
    }
    try {
      Path file = folder.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Vocabulary (all GB 2312)

  private static final String[] SUBJECTS = {
    "商业银行", "保险公司", "证券公司", "城市商业银行", "农村金融机构", "金融科技公司", "监管部门",
    "研究团队", "项目组", "数据中心", "业务部门", "技术部门", "运营团队", "风险管理部门", "合作伙伴"
  };
  private static final String[] OBJECTS = {
    "客户旅程", "数据治理体系", "风险管理流程", "核心业务系统", "统一接口平台", "运营监控体系",
    "产品创新机制", "人才培养计划", "合规审查流程", "渠道服务能力", "开放银行生态", "供应链金融",
    "财富管理服务", "普惠金融", "网点转型", "智能客服", "反欺诈模型", "信贷审批流程", "支付清算",
    "数字人民币应用", "绿色金融", "适老化服务", "移动银行", "企业网银", "数据安全", "隐私保护",
    "分布式架构", "云平台", "灾备体系", "科技伦理"
  };
  private static final String[] THEMES = {
    "发展与展望", "实践与思考", "挑战与对策", "现状与趋势", "路径选择", "机制建设"
  };
  private static final String[] ASPECTS = {
    "的主要做法", "的现状", "的关键问题", "的评估方法", "的组织保障", "的技术路线", "的实施步骤"
  };
  private static final String[] ACTIONS = {
    "推进", "建设", "优化", "重构", "评估", "引入", "完善", "部署", "改造", "治理", "统筹", "升级"
  };
  private static final String[] TERMS = {
    "API", "SDK", "Open Banking", "microservices", "Kubernetes", "DevOps", "OAuth 2.0",
    "machine learning", "data lake", "cloud native", "RPA", "ESG", "KYC", "AML", "service mesh",
    "CI/CD", "observability", "low-code", "GraphQL", "zero trust", "event streaming", "Kafka",
    "Spark", "Flink", "PostgreSQL", "A/B testing", "feature store", "SLA", "BI", "NLP"
  };
  private static final String[] OUTCOMES = {
    "显著提升了服务效率", "降低了运营成本", "缩短了交付周期", "改善了客户体验", "增强了风险识别能力",
    "提高了数据质量", "扩大了服务覆盖面", "减少了人工操作差错", "提升了合规管理水平"
  };
  private static final String[] CONNECTIVES = {
    "同时", "此外", "与此同时", "在实践中", "从长期看", "总体而言", "值得注意的是", "调研显示",
    "从国际经验看", "就目前而言"
  };
  private static final String[] GOALS = {
    "为客户创造价值", "提升机构的核心竞争力", "实现业务与技术的深度融合", "守住不发生系统性风险的底线",
    "让金融服务更加便捷、普惠"
  };
  private static final String[] GOALS_CLAUSE = {
    "以便在控制风险的前提下提高效率", "并建立相应的考核与激励机制", "同时做好客户沟通与培训",
    "避免重复建设与资源浪费", "为后续的规模化推广积累经验"
  };
  private static final String[] METRICS = {"覆盖率", "使用量", "投入", "满意度", "处理时长", "项目数"};
  private static final String[] NOTES = {"逐年上升", "基本持平", "有所回落", "增长较快", "仅供参考"};
  private static final String[] ORG_SUFFIX = {"银行", "农商银行", "科技公司", "保险公司", "证券公司"};
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  private static final String[] FIXED = {
    "数字化转型不仅是技术问题，更是组织、流程与文化的系统性变革。",
    "客户授权是数据共享的前提，任何数据的使用都应当遵循最小必要原则。",
    "在开放合作中，银行仍然承担着风险管理的主体责任，不能因为引入合作方而放松要求。",
    "新技术的引入应当以业务价值为导向，避免为技术而技术。",
    "试点阶段应当设定清晰的评估指标，并在推广前进行充分的复盘。",
    "系统上线只是开始，持续的运营与迭代决定了项目的最终成效。",
    "中小机构可以通过联合共建或采购云服务的方式，降低建设成本与技术门槛。",
    "数据质量是模型效果的基础，数据治理工作需要长期投入。",
    "本节所列数据均为示例，不代表任何真实机构的经营情况。",
    "人才是数字化转型中最稀缺的资源，复合型人才尤其紧缺。"
  };
}
