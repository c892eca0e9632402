package org.imc.platform.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Base of the browserless view tests annotated {@link ViewTest}. Browserless testing reads
 * {@code @ViewPackages} only when it is directly on the test class; this also finds it on
 * {@code @ViewTest}.
 */
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        ViewPackages packages = AnnotatedElementUtils.findMergedAnnotation(getClass(), ViewPackages.class);
        if (packages == null || getClass().isAnnotationPresent(ViewPackages.class)) {
            return super.scanPackages();
        }
        return Stream.concat(
                        Stream.of(packages.packages()),
                        Stream.of(packages.classes()).map(Class::getPackageName))
                .filter(name -> !name.isBlank())
                .collect(Collectors.toSet());
    }
}
