package org.shouwang.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shouwang.base.Translations;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The language of the API's answers follows Accept-Language: English when preferred, else Chinese. */
class ApiProblemsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "|zh",
            "en|en",
            "en-GB,en;q=0.9|en",
            "zh-CN,zh;q=0.9,en;q=0.8|zh",
            "fr-FR|zh",
            "fr-FR, en;q=0.5|en",
            "de;q=x, en|zh"})
    void the_answer_is_in_the_first_language_the_app_speaks(String header, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (header != null) {
            request.addHeader("Accept-Language", header);
        }

        assertThat(ApiProblems.language(request))
                .isEqualTo("en".equals(expected) ? Translations.ENGLISH : Translations.CHINESE);
    }
}
