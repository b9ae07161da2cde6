package io.github.colophon.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample sites in a real browser: headless Chromium driven through chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them). Pages are opened
 * from {@code file://}, as a reader who unpacked the edition would. Every page load is checked for
 * console errors and failed requests. Beyond navigation, references and search: the web fonts draw
 * every glyph, every text meets AA contrast in light and dark mode, the draft banner covers
 * nothing, the skip link works by keyboard, and nothing scrolls sideways on a phone. Screenshots
 * at desktop and phone widths, light and dark, are written to {@code target/screenshots/}.
 *
 * <p>Override the binaries with {@code -Dcolophon.chromium=...} and {@code -Dcolophon.chromedriver=...}.
 * Without them the test fails: it is never skipped.
 */
class HtmlBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOOK = "innovation-cases";

  private static ChromeDriver driver;
  private static Path profile;

  @BeforeAll
  static void startChromium() throws IOException {
    String chromium = System.getProperty("colophon.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("colophon.chromedriver", "/usr/bin/chromedriver");
    if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
      fail(
          "The browser tests need Chromium and chromedriver at "
              + chromium
              + " and "
              + chromedriver
              + ": install Debian's packages (apt-get install chromium chromium-driver, as .ci/run"
              + " does), or point -Dcolophon.chromium and -Dcolophon.chromedriver at them.");
    }
    SampleSites.all();
    profile = Files.createTempDirectory("colophon-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> walk = Files.walk(profile)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // Chromium may still be letting go of its profile; the folder is a temporary one.
      }
    }
  }

  @BeforeEach
  void desktop() {
    desktopViewport();
    drainLogs();
  }

  @AfterEach
  void noErrorsLeft() {
    assertNoErrors("at the end of the test");
  }

  @Test
  void everyPageOfEverySiteLoadsWithoutConsoleErrorsOrFailedRequests() {
    int pages = 0;
    for (Map.Entry<String, Path> site : SampleSites.all().entrySet()) {
      for (Path page : SampleSites.pages(site.getValue())) {
        open(page);
        pages++;
        assertEquals(
            "true",
            String.valueOf(js("return document.documentElement.classList.contains('js')")),
            "the page's script ran: " + page);
        assertNoErrors(site.getKey() + "/" + page.getFileName());
      }
    }
    assertTrue(pages > 20, "pages opened: " + pages);
  }

  @Test
  void sidebarAndPreviousNextLinksNavigate() {
    Path site = SampleSites.site(BOOK);
    open(site.resolve("index.html"));
    screenshot("desktop-landing");
    List<WebElement> entries = driver.findElements(By.cssSelector("nav.sidebar a"));
    assertTrue(entries.size() > 5, "sidebar entries: " + entries.size());
    WebElement second = entries.get(2);
    String target = second.getAttribute("href");
    second.click();
    waitFor(() -> driver.getCurrentUrl().equals(target));
    WebElement current = driver.findElement(By.cssSelector("nav.sidebar a[aria-current=page]"));
    assertTrue(current.getText().contains(driver.findElement(By.cssSelector("main h1 .title")).getText()),
        "the sidebar marks the page being read: " + current.getText());

    String before = driver.getCurrentUrl();
    String next = driver.findElement(By.cssSelector("nav.pager a[rel=next]")).getAttribute("href");
    driver.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
    waitFor(() -> driver.getCurrentUrl().equals(next));
    assertFalse(next.equals(before));
    driver.findElement(By.cssSelector("nav.pager a[rel=prev]")).click();
    waitFor(() -> driver.getCurrentUrl().equals(before));
    assertNoErrors("navigating");
  }

  @Test
  void aCrossReferenceToAnotherPageLandsOnItsTarget() {
    Path site = SampleSites.site(BOOK);
    Path chapter = site.resolve("sec-mobile-banking.html");
    assertTrue(Files.exists(chapter), "the first chapter's page is named after its label");
    open(chapter);
    WebElement xref =
        driver.findElements(By.cssSelector("main a.xref")).stream()
            .filter(a -> !a.getAttribute("href").contains("sec-mobile-banking.html"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no reference to another page in " + chapter));
    String href = xref.getAttribute("href");
    String id = href.substring(href.indexOf('#') + 1);
    js("arguments[0].scrollIntoView({block: 'center'})", xref);
    xref.click();
    waitFor(() -> driver.getCurrentUrl().equals(href));
    assertEquals("#" + id, js("return location.hash"));
    assertEquals(Boolean.TRUE, js("return document.getElementById(arguments[0]) !== null", id));
    Number top = (Number) js("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
    assertTrue(top.doubleValue() >= -1 && top.doubleValue() < 300, "the target is at the top of the view: " + top);
    screenshot("desktop-xref-target");

    // A reference inside the same page scrolls to its target too.
    open(chapter);
    WebElement local =
        driver.findElements(By.cssSelector("main a.xref")).stream()
            .filter(a -> a.getDomAttribute("href").startsWith("#"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no reference within " + chapter));
    String localId = local.getDomAttribute("href").substring(1);
    js("arguments[0].scrollIntoView({block: 'center'})", local);
    local.click();
    waitFor(() -> ("#" + localId).equals(js("return location.hash")));
    assertEquals(Boolean.TRUE, js("return document.getElementById(arguments[0]) !== null", localId));
  }

  @Test
  void searchingAChineseTermFromAChapterFindsThatChapterByKeyboard() {
    Path site = SampleSites.site(BOOK);
    open(site.resolve("index.html"));
    WebElement input = driver.findElement(By.id("search-input"));
    input.click();
    input.sendKeys("网银搬家");
    waitFor(() -> !driver.findElements(By.cssSelector(".search-results a")).isEmpty());
    List<String> hrefs =
        driver.findElements(By.cssSelector(".search-results a")).stream()
            .map(a -> a.getDomAttribute("href"))
            .toList();
    assertTrue(
        hrefs.stream().anyMatch(h -> h.startsWith("sec-mobile-banking.html#")),
        "results for 网银搬家: " + hrefs);
    String status = driver.findElement(By.id("search-status")).getAttribute("textContent");
    assertTrue(status.contains(String.valueOf(hrefs.size())), "announced: " + status);
    screenshot("desktop-search");

    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals(hrefs.get(0), driver.switchTo().activeElement().getDomAttribute("href"), "arrow down focuses the first result");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    String expected = hrefs.get(0);
    waitFor(() -> driver.getCurrentUrl().endsWith(expected));
    String id = expected.substring(expected.indexOf('#') + 1);
    assertEquals(Boolean.TRUE, js("return document.getElementById(arguments[0]) !== null", id));

    // "/" focuses the search box from anywhere on the page (here scrolled down to the result).
    new Actions(driver).sendKeys("/").perform();
    WebElement again = driver.switchTo().activeElement();
    assertEquals("search-input", again.getDomAttribute("id"), "/ focuses the search box");
    // A Latin word and a one-character query work too; nonsense finds nothing, and says so.
    again.sendKeys("API");
    waitFor(() -> !driver.findElements(By.cssSelector(".search-results a")).isEmpty());
    again.clear();
    again.sendKeys("龘");
    waitFor(() -> !driver.findElements(By.cssSelector(".search-results .no-results")).isEmpty());
    again.sendKeys(Keys.ESCAPE);
    assertTrue(driver.findElements(By.cssSelector(".search-results li")).isEmpty(), "escape clears the results");
  }

  @Test
  void theSkipLinkIsTheFirstTabStopAndTakesTheKeyboardToTheText() {
    open(SampleSites.site(BOOK).resolve("sec-mobile-banking.html"));
    new Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement skip = driver.switchTo().activeElement();
    assertTrue(skip.getAttribute("class").contains("skip-link"), "first tab stop: " + skip.getAttribute("outerHTML"));
    Number left = (Number) js("return arguments[0].getBoundingClientRect().left", skip);
    assertTrue(left.doubleValue() >= 0, "the focused skip link is on screen: " + left);
    screenshot("desktop-skip-link");
    skip.sendKeys(Keys.ENTER);
    waitFor(() -> "#content".equals(js("return location.hash")));
    assertEquals("content", driver.switchTo().activeElement().getDomAttribute("id"), "focus moves to the text");
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertEquals(Boolean.TRUE, js("return document.getElementById('content').contains(document.activeElement)"),
        "the next tab stop is in the text, past the header and the contents");
  }

  /**
   * The ends of the Chinese paragraphs and list items of a page whose last character (before
   * closing punctuation) sits alone on the last line. (A note's last line also holds its back
   * link, so it is never one character alone.)
   */
  private static final String LONE_LAST_CHARACTERS =
      """
      const closing = '。，、；：？！）》」』”’';
      const top = ([node, i]) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().top;
      };
      const lone = [];
      for (const block of document.querySelectorAll('.lang-zh main p, .lang-zh main li')) {
        if (getComputedStyle(block).display === 'inline') continue; // a note's text, its block is the li
        const chars = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node; (node = walker.nextNode()); ) {
          for (let i = 0; i < node.data.length; i++) {
            if (!/\\s/.test(node.data[i])) chars.push([node, i]);
          }
        }
        while (chars.length && closing.includes(chars[chars.length - 1][0].data[chars[chars.length - 1][1]])) chars.pop();
        if (chars.length < 3) continue;
        const last = chars[chars.length - 1];
        if (/\\p{Script=Han}/u.test(last[0].data[last[1]]) && top(last) - top(chars[chars.length - 2]) > 2) {
          lone.push(block.textContent.trim().slice(-12));
        }
      }
      return lone;
      """;

  @Test
  void atPhoneWidthNoPageScrollsSidewaysAndTheMenuOpens() {
    phoneViewport();
    List<String> wide = new ArrayList<>();
    List<String> splitReferences = new ArrayList<>();
    List<String> loneLastCharacters = new ArrayList<>();
    for (Map.Entry<String, Path> site : SampleSites.all().entrySet()) {
      for (Path page : SampleSites.pages(site.getValue())) {
        open(page);
        Number width = (Number) js("return document.documentElement.scrollWidth");
        if (width.intValue() > 375) {
          wide.add(site.getKey() + "/" + page.getFileName() + ": " + width + " px");
        }
        // A reference's label and number stay on one line ("案例 / 9" reads as two things).
        Object split =
            js("return [...document.querySelectorAll('a.xref')].filter(a => a.getClientRects().length > 1).map(a => a.textContent)");
        for (Object reference : (List<?>) split) {
          splitReferences.add(site.getKey() + "/" + page.getFileName() + ": " + reference);
        }
        for (Object end : (List<?>) js(LONE_LAST_CHARACTERS)) {
          loneLastCharacters.add(site.getKey() + "/" + page.getFileName() + ": …" + end);
        }
      }
    }
    assertEquals(List.of(), wide, "pages wider than a 375 px phone");
    assertEquals(List.of(), splitReferences, "cross-references broken across two lines");
    assertEquals(List.of(), loneLastCharacters, "Chinese paragraphs whose last line is one character");

    Path site = SampleSites.site(BOOK);
    open(site.resolve("index.html"));
    screenshot("phone-landing");
    open(site.resolve("sec-mobile-banking.html"));
    screenshot("phone-chapter");
    WebElement sidebar = driver.findElement(By.id("sidebar"));
    WebElement toggle = driver.findElement(By.cssSelector(".nav-toggle"));
    assertFalse(sidebar.isDisplayed(), "the contents are folded away on a phone");
    toggle.click();
    assertTrue(sidebar.isDisplayed(), "the contents button opens them");
    assertEquals("true", toggle.getDomAttribute("aria-expanded"));
    screenshot("phone-menu");
    toggle.click();

    WebElement input = driver.findElement(By.id("search-input"));
    input.click();
    input.sendKeys("开放银行");
    waitFor(() -> !driver.findElements(By.cssSelector(".search-results a")).isEmpty());
    Number width = (Number) js("return document.documentElement.scrollWidth");
    assertTrue(width.intValue() <= 375, "search results fit the phone: " + width);
    screenshot("phone-search");
  }

  /**
   * Every page of every site is drawn in the site's own web fonts, loaded from {@code file://}:
   * no font face fails, and every glyph of the text (as Chromium reports through DevTools'
   * {@code CSS.getPlatformFontsForNode}) comes from a web font, never from a system fallback,
   * so no character the site shows is missing from its subsets.
   */
  @Test
  void everyPageIsSetInTheSitesWebFontsWithNoGlyphFromASystemFont() {
    driver.executeCdpCommand("DOM.enable", Map.of());
    driver.executeCdpCommand("CSS.enable", Map.of());
    List<String> problems = new ArrayList<>();
    java.util.Set<String> used = new java.util.TreeSet<>();
    for (Map.Entry<String, Path> site : SampleSites.all().entrySet()) {
      for (Path page : SampleSites.pages(site.getValue())) {
        open(page);
        String where = site.getKey() + "/" + page.getFileName();
        Object faces =
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "document.fonts.ready.then(function () {"
                        + "  var out = [];"
                        + "  document.fonts.forEach(function (f) { out.push(f.family + ' ' + f.weight + ' ' + f.status); });"
                        + "  done(out);"
                        + "});");
        @SuppressWarnings("unchecked")
        List<String> statuses = (List<String>) faces;
        assertFalse(statuses.isEmpty(), where + ": no web fonts");
        for (String status : statuses) {
          if (!status.endsWith(" loaded") && !status.endsWith(" unloaded")) {
            problems.add(where + ": font face " + status);
          }
        }
        // Mark the elements that hold text of their own, then ask which fonts drew it.
        js("document.querySelectorAll('body *').forEach(function (e) {"
            + "  for (var n = e.firstChild; n; n = n.nextSibling) {"
            + "    if (n.nodeType === 3 && n.data.trim()) { e.setAttribute('data-font-probe', ''); return; }"
            + "  }"
            + "});");
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        @SuppressWarnings("unchecked")
        Object rootId = ((Map<String, Object>) root.get("root")).get("nodeId");
        @SuppressWarnings("unchecked")
        List<Object> nodes =
            (List<Object>)
                driver
                    .executeCdpCommand("DOM.querySelectorAll", Map.of("nodeId", rootId, "selector", "[data-font-probe]"))
                    .get("nodeIds");
        assertTrue(nodes.size() > 10, where + ": elements with text: " + nodes.size());
        for (Object node : nodes) {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> fonts =
              (List<Map<String, Object>>)
                  driver.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node)).get("fonts");
          for (Map<String, Object> font : fonts) {
            used.add(String.valueOf(font.get("familyName")));
            if (!Boolean.TRUE.equals(font.get("isCustomFont"))) {
              @SuppressWarnings("unchecked")
              Map<String, Object> html =
                  (Map<String, Object>) driver.executeCdpCommand("DOM.getOuterHTML", Map.of("nodeId", node));
              String outer = String.valueOf(html.get("outerHTML"));
              problems.add(where + ": " + font.get("glyphCount") + " glyphs in the system font " + font.get("familyName")
                  + ": " + outer.substring(0, Math.min(160, outer.length())));
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems.stream().limit(30).toList(), problems.size() + " problems");
    assertTrue(used.containsAll(List.of("Noto Serif SC", "Noto Sans SC", "JetBrains Mono")), "fonts used: " + used);
  }

  /**
   * Dark mode follows the reader's system setting, and in both schemes every piece of text on
   * every page (and in the search results) stands out from what is behind it as WCAG 2 AA asks:
   * a contrast ratio of at least 4.5, or 3 for large text (24 px, or 18.66 px bold). The
   * background is the element's and its ancestors' background colours laid over each other.
   */
  @Test
  void inLightAndDarkModeEveryTextMeetsAaContrast() {
    List<String> problems = new ArrayList<>();
    try {
      for (String scheme : List.of("light", "dark")) {
        colorScheme(scheme);
        for (Map.Entry<String, Path> site : SampleSites.all().entrySet()) {
          for (Path page : SampleSites.pages(site.getValue())) {
            open(page);
            for (Object problem : (List<?>) js(CONTRAST)) {
              problems.add(scheme + " " + site.getKey() + "/" + page.getFileName() + ": " + problem);
            }
          }
        }
        Path chapter = SampleSites.site(BOOK).resolve("sec-mobile-banking.html");
        open(chapter);
        Number background =
            (Number) js("var c = getComputedStyle(document.body).backgroundColor.match(/\\d+/g); return +c[0] + +c[1] + +c[2];");
        assertTrue(scheme.equals("dark") ? background.intValue() < 150 : background.intValue() > 600,
            scheme + ": the page follows the system's colour scheme: " + background);
        screenshot("desktop-" + scheme + "-chapter");
        WebElement input = driver.findElement(By.id("search-input"));
        input.click();
        input.sendKeys("手机银行");
        waitFor(() -> !driver.findElements(By.cssSelector(".search-results mark")).isEmpty());
        for (Object problem : (List<?>) js(CONTRAST)) {
          problems.add(scheme + " search results: " + problem);
        }
        screenshot("desktop-" + scheme + "-search");
        phoneViewport();
        open(chapter);
        screenshot("phone-" + scheme + "-chapter");
        open(SampleSites.site(BOOK).resolve("index.html"));
        screenshot("phone-" + scheme + "-landing");
        desktopViewport();
      }
    } finally {
      colorScheme("light");
    }
    assertEquals(List.of(), problems.stream().limit(30).toList(), problems.size() + " texts below AA contrast");
  }

  /** Every visible text's contrast problems on the current page, as strings. */
  private static final String CONTRAST =
      "function rgba(c) {"
          + "  var m = c.match(/rgba?\\(([^)]*)\\)/); if (!m) { return null; }"
          + "  var p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);"
          + "  return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};"
          + "}"
          + "function over(t, b) {"
          + "  var a = t.a + b.a * (1 - t.a); if (a === 0) { return b; }"
          + "  function ch(x, y) { return (x * t.a + y * b.a * (1 - t.a)) / a; }"
          + "  return {r: ch(t.r, b.r), g: ch(t.g, b.g), b: ch(t.b, b.b), a: a};"
          + "}"
          + "function lum(c) {"
          + "  function f(v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }"
          + "  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);"
          + "}"
          + "function background(e) {"
          + "  var layers = [];"
          + "  for (; e; e = e.parentElement) {"
          + "    var c = rgba(getComputedStyle(e).backgroundColor);"
          + "    if (c && c.a > 0) { layers.push(c); if (c.a >= 1) { break; } }"
          + "  }"
          + "  var dark = matchMedia('(prefers-color-scheme: dark)').matches;"
          + "  var result = dark ? {r: 0, g: 0, b: 0, a: 1} : {r: 255, g: 255, b: 255, a: 1};"
          + "  for (var i = layers.length - 1; i >= 0; i--) { result = over(layers[i], result); }"
          + "  return result;"
          + "}"
          + "var out = [];"
          + "document.querySelectorAll('body *').forEach(function (e) {"
          + "  if (e.closest('svg, [hidden], .visually-hidden, .skip-link')) { return; }"
          + "  var own = '';"
          + "  for (var n = e.firstChild; n; n = n.nextSibling) { if (n.nodeType === 3) { own += n.data; } }"
          + "  if (!own.trim()) { return; }"
          + "  var s = getComputedStyle(e), r = e.getBoundingClientRect();"
          + "  if (s.visibility === 'hidden' || r.width < 2 || r.height < 2) { return; }"
          + "  var bg = background(e), fg = over(rgba(s.color), bg);"
          + "  var l1 = lum(fg), l2 = lum(bg), ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);"
          + "  var size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;"
          + "  var need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;"
          + "  if (ratio < need) {"
          + "    out.push(ratio.toFixed(2) + ' < ' + need + ' for ' + s.color + ' on ' + JSON.stringify(bg)"
          + "      + ' at ' + e.tagName.toLowerCase() + '.' + e.className + ': ' + own.trim().slice(0, 30));"
          + "  }"
          + "});"
          + "return out;";

  private static void colorScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Test
  void theDraftBannerStaysInViewWithoutCoveringTheSidebarOrALinksTarget() {
    Path site = SampleSites.site(BOOK);
    Path chapter = site.resolve("sec-mobile-banking.html");
    open(chapter);
    assertFalse(driver.findElements(By.cssSelector(".colophon-draft-banner")).isEmpty(), "the samples are drafts");
    js("window.scrollTo(0, 1500)");
    screenshot("desktop-chapter-scrolled");
    assertEquals(0.0, bannerRect("top"), 0.5, "the banner stays at the top of the view");
    double bannerBottom = bannerRect("bottom");
    assertTrue(bannerBottom > 10, "the banner has a height: " + bannerBottom);
    Number sidebarTop = (Number) js("return document.getElementById('sidebar').getBoundingClientRect().top");
    assertTrue(sidebarTop.doubleValue() >= bannerBottom - 0.5, "the sidebar starts below the banner: " + sidebarTop + " < " + bannerBottom);
    @SuppressWarnings("unchecked")
    List<String> covered =
        (List<String>)
            js(
                "var out = [];"
                    + "document.querySelectorAll('#sidebar a').forEach(function (a) {"
                    + "  var r = a.getBoundingClientRect();"
                    + "  if (r.bottom <= 0 || r.top >= innerHeight) { return; }"
                    + "  var y = Math.max(r.top, 0) + Math.min(r.height, innerHeight - Math.max(r.top, 0)) / 2;"
                    + "  var hit = document.elementFromPoint(r.left + r.width / 2, y);"
                    + "  if (!a.contains(hit)) { out.push(a.textContent.trim() + ' under ' + (hit && hit.className)); }"
                    + "});"
                    + "return out;");
    assertEquals(List.of(), covered, "sidebar entries covered by something else");
    Number sidebarBottom = (Number) js("return document.getElementById('sidebar').getBoundingClientRect().bottom");
    assertTrue(sidebarBottom.doubleValue() <= ((Number) js("return innerHeight")).doubleValue() + 0.5,
        "the end of the sidebar can be scrolled into view: " + sidebarBottom);

    // Following a link to an anchor puts its target below the banner, at desktop and phone width.
    for (boolean phone : List.of(false, true)) {
      if (phone) {
        phoneViewport();
      }
      open(chapter);
      WebElement xref =
          driver.findElements(By.cssSelector("main a.xref")).stream()
              .filter(a -> a.getDomAttribute("href").startsWith("#"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no reference within " + chapter));
      String id = xref.getDomAttribute("href").substring(1);
      js("arguments[0].scrollIntoView({block: 'center'})", xref);
      xref.click();
      waitFor(() -> ("#" + id).equals(js("return location.hash")));
      Number top = (Number) js("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
      assertTrue(top.doubleValue() >= bannerRect("bottom") - 0.5,
          (phone ? "phone" : "desktop") + ": the target of #" + id + " starts under the banner: " + top);
      if (phone) {
        screenshot("phone-chapter-scrolled");
      }
    }
  }

  private static double bannerRect(String edge) {
    return ((Number) js("return document.querySelector('.colophon-draft-banner').getBoundingClientRect()." + edge)).doubleValue();
  }

  @Test
  void desktopScreenshotsOfAChapterAndACase() {
    Path site = SampleSites.site(BOOK);
    open(site.resolve("sec-mobile-banking.html"));
    screenshot("desktop-chapter");
    js("window.scrollTo(0, document.documentElement.scrollHeight)");
    screenshot("desktop-chapter-end");
    Path kase =
        SampleSites.pages(site).stream()
            .filter(p -> p.getFileName().toString().startsWith("case-"))
            .findFirst()
            .orElseThrow();
    open(kase);
    screenshot("desktop-case");
    Path guide = SampleSites.site("user-guide");
    Path withCode =
        SampleSites.pages(guide).stream()
            .filter(p -> read(p).contains("<pre><code"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no guide page with code"));
    open(withCode);
    js("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.cssSelector("main pre")));
    screenshot("desktop-guide-code");
    phoneViewport();
    Path survey = SampleSites.site("survey-2022");
    Path withTable =
        SampleSites.pages(survey).stream()
            .filter(p -> read(p).contains("<figure class=\"table\""))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no survey page with a table"));
    open(withTable);
    WebElement table = driver.findElement(By.cssSelector("figure.table"));
    js("arguments[0].scrollIntoView({block: 'start'})", table);
    screenshot("phone-survey-table");
  }

  @Test
  void inDarkModeAChartSitsOnThePageWithTheTextInThePagesColour() {
    Path withChart = surveyPageWithAChart();
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      open(withChart);
      WebElement chart = driver.findElement(By.cssSelector("svg.chart"));
      js("arguments[0].scrollIntoView({block: 'center'})", chart);
      String page = String.valueOf(js("return getComputedStyle(document.body).color"));
      String background = String.valueOf(js("return getComputedStyle(document.body).backgroundColor"));
      assertEquals("rgb(20, 24, 29)", background, "the page is in its dark scheme");
      @SuppressWarnings("unchecked")
      List<String> textFills =
          (List<String>)
              js(
                  "return Array.from(arguments[0].querySelectorAll('text')).map(t => getComputedStyle(t).fill)",
                  chart);
      assertFalse(textFills.isEmpty());
      assertEquals(List.of(page), textFills.stream().distinct().toList(), "every label in the page's text colour");
      // Nothing in the chart is painted white: no card glaring on the dark page.
      Object white =
          js(
              "return Array.from(arguments[0].querySelectorAll('*')).filter(e => getComputedStyle(e).fill === 'rgb(255, 255, 255)').length",
              chart);
      assertEquals(0L, white);
      screenshot("desktop-dark-chart");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  @Test
  void inDarkModeAnEquationIsDrawnInThePagesTextColour() {
    Path withEquation =
        SampleSites.pages(SampleSites.site("survey-2022")).stream()
            .filter(p -> read(p).contains("class=\"equation-math\""))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no survey page with an equation"));
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      open(withEquation);
      String page = String.valueOf(js("return getComputedStyle(document.body).color"));
      @SuppressWarnings("unchecked")
      List<String> fills =
          (List<String>)
              js(
                  "return Array.from(document.querySelectorAll('svg.equation-math [fill]'))"
                      + ".filter(e => e.getAttribute('fill') !== 'none').map(e => getComputedStyle(e).fill)");
      assertFalse(fills.isEmpty());
      assertEquals(List.of(page), fills.stream().distinct().toList(), "the glyphs in the page's text colour");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  @Test
  void atPhoneWidthAChartKeepsALegibleSizeAndScrollsInsideItsFigure() {
    phoneViewport();
    open(surveyPageWithAChart());
    WebElement figure = driver.findElement(By.cssSelector("figure.chart"));
    WebElement chart = figure.findElement(By.cssSelector("svg.chart"));
    js("arguments[0].scrollIntoView({block: 'center'})", figure);
    long rootFont = Math.round(((Number) js("return parseFloat(getComputedStyle(document.documentElement).fontSize)")).doubleValue());
    long chartWidth = Math.round(((Number) js("return arguments[0].getBoundingClientRect().width", chart)).doubleValue());
    assertEquals(28 * rootFont, chartWidth, "the chart keeps 28rem, so its 12 px labels stay above 9 px");
    assertEquals(
        "true",
        String.valueOf(js("return arguments[0].scrollWidth > arguments[0].clientWidth", figure)),
        "the figure scrolls");
    assertEquals(
        "false",
        String.valueOf(js("return document.documentElement.scrollWidth > document.documentElement.clientWidth")),
        "the page does not");
    assertEquals("0", figure.getAttribute("tabindex"));
    assertEquals("", figure.getAttribute("role") == null ? "" : figure.getAttribute("role"), "a figure keeps its own role");
    screenshot("phone-survey-chart");
  }

  private static Path surveyPageWithAChart() {
    return SampleSites.pages(SampleSites.site("survey-2022")).stream()
        .filter(p -> read(p).contains("<figure class=\"figure chart\""))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no survey page with a chart"));
  }

  // ---------------------------------------------------------------------------------------------

  private static void open(Path page) {
    driver.get(page.toAbsolutePath().toUri().toString());
    waitFor(() -> "complete".equals(js("return document.readyState")));
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }

  private static void desktopViewport() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  private static void phoneViewport() {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
  }

  private static void screenshot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void drainLogs() {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
  }

  /** Console errors and failed requests since the last check. */
  private static void assertNoErrors(String where) {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add("console " + e.getLevel() + ": " + e.getMessage());
      }
    }
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(e.getMessage()).path("message");
        String method = message.path("method").asText();
        JsonNode params = message.path("params");
        if (method.equals("Network.loadingFailed") && !params.path("canceled").asBoolean()) {
          errors.add("request failed: " + params.path("errorText").asText() + " " + params);
        } else if (method.equals("Network.responseReceived") && params.path("response").path("status").asInt() >= 400) {
          errors.add("HTTP " + params.path("response").path("status").asInt() + ": " + params.path("response").path("url").asText());
        } else if (method.equals("Network.requestWillBeSent")) {
          String url = params.path("request").path("url").asText();
          if (!url.startsWith("file:") && !url.startsWith("data:")) {
            errors.add("request outside the site: " + url);
          }
        }
      } catch (IOException ex) {
        throw new java.io.UncheckedIOException(ex);
      }
    }
    assertEquals(List.of(), errors, "console errors or failed requests " + where);
  }

  static {
    // Selenium's own diagnostics are noise in the test output.
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
  }
}
