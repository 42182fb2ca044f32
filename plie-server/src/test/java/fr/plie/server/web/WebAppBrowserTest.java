package fr.plie.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application in a real browser: headless Chromium through Selenium and the Debian chromedriver, with
 * a screenshot of each page under target/screenshots and an axe-core accessibility check of each. Skipped, saying
 * so, when /usr/bin/chromedriver is missing; failing then when PLIE_TEST_REQUIRE_CHROMIUM=true (as .ci/run sets).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAppBrowserTest extends ApiTestBase {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();

    private ChromeDriver driver;

    @BeforeAll
    void browser() throws IOException {
        boolean present = Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
        if (!present && "true".equals(System.getenv("PLIE_TEST_REQUIRE_CHROMIUM"))) {
            throw new AssertionError("PLIE_TEST_REQUIRE_CHROMIUM=true but " + DRIVER + " or " + BROWSER
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        if (!present) {
            System.out.println("[SKIPPED] web application browser tests: " + DRIVER + " or " + BROWSER
                    + " missing (apt-get install -y chromium chromium-driver)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
        Files.createDirectories(SHOTS);
        Files.createDirectories(DOWNLOADS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1280,1024",
                "--lang=fr-FR");
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + http().port() + path;
    }

    private void signIn(String name) {
        driver.manage().deleteAllCookies();
        driver.get(url("/connexion"));
        driver.findElement(By.id("nom")).sendKeys(name);
        driver.findElement(By.id("jeton")).sendKeys(Seed.token(http().port(), name));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.tagName("h1"), "Tableau de bord");
    }

    /** Waits for the page a click loads: the element of the previous page may still be there for a while. */
    private void awaitText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class) // the page changes under the wait
                .ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(by).getText().contains(text));
    }

    /** A screenshot under target/screenshots, and no axe-core violation on the page. */
    private void check(String name) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Results results = new AxeBuilder().analyze(driver);
        List<String> violations =
                results.getViolations().stream().map(Rule::getId).toList();
        assertThat(violations)
                .as(
                        "axe-core on %s: %s",
                        name,
                        results.getViolations().stream()
                                .map(v -> v.getId() + " " + v.getHelp() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getHtml())
                                                .toList())
                                .toList())
                .isEmpty();
    }

    @Test
    void the_login_page_refuses_a_wrong_token_and_lets_a_coordinator_in() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).contains("/connexion");
        check("connexion");
        driver.findElement(By.id("nom")).sendKeys("coordinator");
        driver.findElement(By.id("jeton")).sendKeys("plie_faux");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.cssSelector("[role=alert]"), "Nom ou jeton inconnu");
        signIn("coordinator");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
    }

    @Test
    void the_dashboard_shows_the_indicators_against_their_targets_with_charts() throws IOException {
        signIn("coordinator");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Sorties positives", "Objectif", "REF-01", "Période sans action");
        // plie-export's charts, each an image with its title for screen readers
        var charts = driver.findElements(By.cssSelector("figure svg[role=img]"));
        assertThat(charts).hasSizeBetween(2, 3);
        charts.forEach(c -> assertThat(c.findElement(By.tagName("title")).getAttribute("textContent"))
                .isNotBlank());
        check("tableau-de-bord");
    }

    @Test
    void the_parcours_list_filters_and_a_parcours_page_explains_its_exit() throws IOException {
        signIn("coordinator");
        driver.get(url("/parcours?referent=REF-02"));
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(1);
        check("parcours-liste");
        driver.findElement(By.linkText("PAR-B")).click();
        awaitText(By.tagName("h1"), "Parcours PAR-B");
        driver.get(url("/parcours/PAR-A"));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Évaluation de la sortie", "Explication", "Justificatifs manquants", "Chronologie");
        assertThat(page).contains("Étape emploi");
        check("parcours");
    }

    @Test
    void the_control_of_recorded_exits_lists_a_positive_exit_not_proposed_for_a_coordinator_only() throws IOException {
        signIn("coordinator");
        driver.findElement(By.linkText("Contrôle des sorties")).click();
        awaitText(By.tagName("h1"), "Contrôle des sorties enregistrées");
        WebElement date = driver.findElement(By.id("date"));
        // a date input takes the day as typed in the browser's locale; set it as the form sends it
        driver.executeScript("arguments[0].value = '2024-12-31'", date);
        date.submit();
        awaitText(By.tagName("main"), "non proposée");
        assertThat(driver.findElement(By.linkText("PAR-A")).getAttribute("href"))
                .endsWith("/parcours/PAR-A");
        check("controle");
        signIn("REF-01");
        assertThat(driver.findElements(By.linkText("Contrôle des sorties"))).isEmpty();
    }

    @Test
    void a_referent_does_not_open_another_referent_s_parcours() {
        signIn("REF-01");
        driver.get(url("/parcours/PAR-B"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
    }

    @Test
    void a_report_downloads_as_csv() throws IOException {
        signIn("coordinator");
        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        driver.get(url("/rapports"));
        check("rapports");
        // headless Chromium downloads only where DevTools allows it
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
        driver.findElement(By.id("f-csv")).click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        Path file = DOWNLOADS.resolve("rapport-2024-01-01-2024-06-30.csv");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file));
        assertThat(Files.readString(file)).isNotBlank();
    }
}
