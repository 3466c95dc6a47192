package org.maydan.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maydan.system.RequestRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A server started without {@code MAYDAN_API_KEY} refuses every write, whatever key is sent. */
@WebMvcTest(controllers = ArticleController.class)
@Import(ArticleApiWebTest.Ingest.class)
@TestPropertySource(properties = "maydan.write.api-key=")
class WritesDisabledWebTest {

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ArticleApiWebTest.KEY})
    void everyWriteIsRefusedSayingWritesAreDisabled(String key) throws Exception {
        mvc.perform(post(ArticleController.PATH).header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"نص\", \"source\": \"desk A\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(RequestRefusedException.WRITES_DISABLED.toString()))
                .andExpect(jsonPath("$.detail", containsString("MAYDAN_API_KEY")));
    }
}
