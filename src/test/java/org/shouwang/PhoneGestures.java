package org.shouwang;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the phone journeys do in a browser as a person on a small touch screen would: sign in, tap, pick a
 * date; and what they check of every page there (nothing out of the thumb's reach) and keep (screenshots).
 */
public final class PhoneGestures {

    private PhoneGestures() {
    }

    /** A wait that looks its element up again when pushed updates rebuild part of the page, rather than fail. */
    public static WebDriverWait waiting(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Fills the sign-in form and presses Enter. */
    public static void signIn(WebDriver browser, WebDriverWait wait, String username, String password) {
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement field = browser.findElement(By.cssSelector("input[name='password']"));
        field.sendKeys(password);
        field.sendKeys(Keys.ENTER);
    }

    /** Scrolls the element to the middle of the small screen first, as a thumb would. */
    public static void click(WebDriver browser, WebDriverWait wait, By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Sets a date picker as a person picking from its calendar would: the ISO value, then "change". */
    public static void setDate(WebDriver browser, WebElement picker, String isoDate) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                picker, isoDate);
    }

    /**
     * Nothing to scroll sideways, and no element of the page (the top bar's controls included) reaching
     * past the right edge of the screen, where a thumb cannot get at it.
     */
    public static void assertNothingSticksOutOfThePhone(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Number overflow = (Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("horizontal overflow of the page").isLessThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) js.executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.checkVisibility({opacityProperty: true, visibilityProperty: true}))
                    .filter(e => e.getBoundingClientRect().width > 0
                        && e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.getAttribute('class') ? '.' + e.getAttribute('class') : ''));""");
        assertThat(outside).as("elements reaching past the right edge").isEmpty();
    }

    /** Keeps what the browser shows under {@code target/screenshots}, for a person to look at. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
